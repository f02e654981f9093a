-- A new quizzer database (quizzer.db.schema): written from quizzer.db.models by
-- `python tests/test_schema.py`; do not edit by hand.
CREATE TABLE meta (
	"key" VARCHAR NOT NULL, 
	value VARCHAR NOT NULL, 
	PRIMARY KEY ("key")
);
CREATE TABLE deck (
	id INTEGER NOT NULL, 
	name VARCHAR NOT NULL, 
	source VARCHAR NOT NULL, 
	builtin BOOLEAN NOT NULL, 
	created_at INTEGER NOT NULL, 
	PRIMARY KEY (id), 
	UNIQUE (name)
);
CREATE TABLE exam (
	id INTEGER NOT NULL, 
	started_at INTEGER NOT NULL, 
	finished_at INTEGER, 
	ended VARCHAR, 
	time_limit_s INTEGER, 
	seed INTEGER NOT NULL, 
	decks JSON NOT NULL, 
	questions JSON NOT NULL, 
	sent_back_at INTEGER, 
	sent_back INTEGER, 
	PRIMARY KEY (id)
);
CREATE TABLE card_tally (
	deck_id INTEGER NOT NULL, 
	due INTEGER NOT NULL, 
	cards INTEGER NOT NULL, 
	PRIMARY KEY (deck_id, due)
)
 WITHOUT ROWID

;
CREATE TABLE note_tally (
	deck_id INTEGER NOT NULL, 
	notes INTEGER NOT NULL, 
	PRIMARY KEY (deck_id)
);
CREATE TABLE new_note_tally (
	deck_id INTEGER NOT NULL, 
	notes INTEGER NOT NULL, 
	PRIMARY KEY (deck_id)
);
CREATE TABLE review_tally (
	deck_id INTEGER NOT NULL, 
	day INTEGER NOT NULL, 
	kind INTEGER NOT NULL, 
	answers INTEGER NOT NULL, 
	passed INTEGER NOT NULL, 
	ms INTEGER NOT NULL, 
	grade_0 INTEGER NOT NULL, 
	grade_1 INTEGER NOT NULL, 
	grade_2 INTEGER NOT NULL, 
	grade_3 INTEGER NOT NULL, 
	grade_4 INTEGER NOT NULL, 
	grade_5 INTEGER NOT NULL, 
	PRIMARY KEY (deck_id, day, kind)
)
 WITHOUT ROWID

;
CREATE TABLE card_state_tally (
	deck_id INTEGER NOT NULL, 
	state INTEGER NOT NULL, 
	leech INTEGER NOT NULL, 
	cards INTEGER NOT NULL, 
	PRIMARY KEY (deck_id, state, leech)
)
 WITHOUT ROWID

;
CREATE TABLE interval_tally (
	deck_id INTEGER NOT NULL, 
	interval INTEGER NOT NULL, 
	cards INTEGER NOT NULL, 
	PRIMARY KEY (deck_id, interval)
)
 WITHOUT ROWID

;
CREATE TABLE ease_tally (
	deck_id INTEGER NOT NULL, 
	ef_centi INTEGER NOT NULL, 
	cards INTEGER NOT NULL, 
	PRIMARY KEY (deck_id, ef_centi)
)
 WITHOUT ROWID

;
CREATE TABLE sibling_tally (
	deck_id INTEGER NOT NULL, 
	due INTEGER NOT NULL, 
	cards INTEGER NOT NULL, 
	PRIMARY KEY (deck_id, due)
)
 WITHOUT ROWID

;
CREATE TABLE behind_tally (
	deck_id INTEGER NOT NULL, 
	due INTEGER NOT NULL, 
	notes INTEGER NOT NULL, 
	PRIMARY KEY (deck_id, due)
)
 WITHOUT ROWID

;
CREATE TABLE note (
	id INTEGER NOT NULL, 
	deck_id INTEGER NOT NULL, 
	"key" VARCHAR NOT NULL, 
	kind VARCHAR NOT NULL, 
	front VARCHAR NOT NULL, 
	back VARCHAR NOT NULL, 
	command VARCHAR, 
	context VARCHAR, 
	answers JSON NOT NULL, 
	section JSON NOT NULL, 
	tags JSON NOT NULL, 
	line INTEGER NOT NULL, 
	position INTEGER, 
	doc_order INTEGER NOT NULL, 
	reason VARCHAR, 
	retired_at INTEGER, 
	created_at INTEGER NOT NULL, 
	updated_at INTEGER NOT NULL, 
	PRIMARY KEY (id), 
	UNIQUE (deck_id, "key"), 
	FOREIGN KEY(deck_id) REFERENCES deck (id) ON DELETE CASCADE
);
CREATE INDEX ix_note_deck_updated ON note (deck_id, updated_at);
CREATE INDEX ix_note_retired_id ON note (id) WHERE retired_at IS NOT NULL;
CREATE INDEX ix_note_retired ON note (retired_at, deck_id) WHERE retired_at IS NOT NULL;
CREATE TABLE exam_answer (
	id INTEGER NOT NULL, 
	exam_id INTEGER NOT NULL, 
	position INTEGER NOT NULL, 
	typed VARCHAR, 
	outcome VARCHAR NOT NULL, 
	explanation VARCHAR, 
	answered_at INTEGER, 
	spent_ms INTEGER NOT NULL, 
	draft VARCHAR, 
	PRIMARY KEY (id), 
	UNIQUE (exam_id, position), 
	FOREIGN KEY(exam_id) REFERENCES exam (id) ON DELETE CASCADE
);
CREATE TABLE shape_check (
	deck_id INTEGER NOT NULL, 
	reason VARCHAR NOT NULL, 
	kind VARCHAR NOT NULL, 
	section VARCHAR DEFAULT '' NOT NULL, 
	verdict VARCHAR NOT NULL, 
	PRIMARY KEY (deck_id, reason, kind, section), 
	FOREIGN KEY(deck_id) REFERENCES deck (id) ON DELETE CASCADE
)
 WITHOUT ROWID

;
CREATE TABLE card (
	id INTEGER NOT NULL, 
	note_id INTEGER NOT NULL, 
	deck_id INTEGER NOT NULL, 
	ord INTEGER NOT NULL, 
	new_rank INTEGER NOT NULL, 
	reps INTEGER NOT NULL, 
	interval INTEGER NOT NULL, 
	ef_centi INTEGER NOT NULL, 
	due INTEGER, 
	suspended BOOLEAN NOT NULL, 
	lapses INTEGER NOT NULL, 
	leech BOOLEAN NOT NULL, 
	held INTEGER DEFAULT 0 NOT NULL, 
	changed_at INTEGER, 
	suspended_at INTEGER, 
	PRIMARY KEY (id), 
	UNIQUE (note_id, ord), 
	FOREIGN KEY(note_id) REFERENCES note (id) ON DELETE CASCADE, 
	FOREIGN KEY(deck_id) REFERENCES deck (id) ON DELETE CASCADE
);
CREATE INDEX ix_card_weak_ease ON card (ef_centi, lapses DESC) WHERE due IS NOT NULL AND ef_centi < 250;
CREATE INDEX ix_card_held ON card (deck_id, held) WHERE held > 0;
CREATE INDEX ix_card_lapsed ON card (lapses DESC, ef_centi) WHERE lapses > 0;
CREATE INDEX ix_card_queue ON card (deck_id, due, new_rank, ord, suspended, note_id);
CREATE INDEX ix_card_note_id ON card (note_id);
CREATE TABLE review (
	id INTEGER NOT NULL, 
	card_id INTEGER NOT NULL, 
	reviewed_at INTEGER NOT NULL, 
	grade INTEGER NOT NULL, 
	day INTEGER, 
	drill BOOLEAN NOT NULL, 
	duration_ms INTEGER, 
	prev_reps INTEGER, 
	prev_interval INTEGER, 
	prev_ef_centi INTEGER, 
	prev_due INTEGER, 
	prev_lapses INTEGER, 
	prev_suspended BOOLEAN, 
	prev_leech BOOLEAN, 
	interval INTEGER, 
	ef_centi INTEGER, 
	due INTEGER, 
	typed_answer VARCHAR, 
	typed_outcome VARCHAR, 
	suggested_grade INTEGER, 
	PRIMARY KEY (id), 
	FOREIGN KEY(card_id) REFERENCES card (id) ON DELETE CASCADE
);
CREATE INDEX ix_review_day ON review (day);
CREATE INDEX ix_review_card_day ON review (card_id, day);
CREATE TRIGGER tally_card_insert AFTER INSERT ON card BEGIN INSERT INTO card_tally (deck_id, due, cards) SELECT NEW.deck_id, coalesce(NEW.due, 0), 1 WHERE NEW.suspended = 0 ON CONFLICT (deck_id, due) DO UPDATE SET cards = cards + 1; INSERT INTO new_note_tally (deck_id, notes) SELECT NEW.deck_id, 1 WHERE NEW.due IS NULL AND NEW.suspended = 0 AND NOT (0) AND NOT EXISTS (SELECT 1 FROM card AS sibling WHERE sibling.note_id = NEW.note_id AND sibling.id <> NEW.id AND sibling.deck_id = NEW.deck_id AND sibling.due IS NULL AND sibling.suspended = 0) ON CONFLICT (deck_id) DO UPDATE SET notes = notes + 1; END;
CREATE TRIGGER tally_card_delete AFTER DELETE ON card BEGIN UPDATE card_tally SET cards = cards - 1 WHERE OLD.suspended = 0 AND deck_id = OLD.deck_id AND due = coalesce(OLD.due, 0); DELETE FROM card_tally WHERE OLD.suspended = 0 AND deck_id = OLD.deck_id AND due = coalesce(OLD.due, 0) AND cards <= 0; UPDATE new_note_tally SET notes = notes - 1 WHERE deck_id = OLD.deck_id AND OLD.due IS NULL AND OLD.suspended = 0 AND NOT (0) AND NOT EXISTS (SELECT 1 FROM card AS sibling WHERE sibling.note_id = OLD.note_id AND sibling.id <> OLD.id AND sibling.deck_id = OLD.deck_id AND sibling.due IS NULL AND sibling.suspended = 0); END;
CREATE TRIGGER tally_card_update AFTER UPDATE OF note_id, deck_id, suspended ON card WHEN (OLD.note_id IS NOT NEW.note_id OR OLD.deck_id IS NOT NEW.deck_id OR OLD.due IS NOT NEW.due OR OLD.suspended IS NOT NEW.suspended) AND NOT (OLD.note_id = NEW.note_id AND OLD.deck_id = NEW.deck_id AND OLD.suspended = 0 AND NEW.suspended = 0) BEGIN UPDATE card_tally SET cards = cards - 1 WHERE OLD.suspended = 0 AND deck_id = OLD.deck_id AND due = coalesce(OLD.due, 0); DELETE FROM card_tally WHERE OLD.suspended = 0 AND deck_id = OLD.deck_id AND due = coalesce(OLD.due, 0) AND cards <= 0; INSERT INTO card_tally (deck_id, due, cards) SELECT NEW.deck_id, coalesce(NEW.due, 0), 1 WHERE NEW.suspended = 0 ON CONFLICT (deck_id, due) DO UPDATE SET cards = cards + 1; UPDATE new_note_tally SET notes = notes - 1 WHERE deck_id = OLD.deck_id AND OLD.due IS NULL AND OLD.suspended = 0 AND NOT (OLD.due IS NULL AND OLD.suspended = 0 AND NEW.due IS NULL AND NEW.suspended = 0 AND OLD.deck_id = NEW.deck_id AND OLD.note_id = NEW.note_id) AND NOT EXISTS (SELECT 1 FROM card AS sibling WHERE sibling.note_id = OLD.note_id AND sibling.id <> OLD.id AND sibling.deck_id = OLD.deck_id AND sibling.due IS NULL AND sibling.suspended = 0); INSERT INTO new_note_tally (deck_id, notes) SELECT NEW.deck_id, 1 WHERE NEW.due IS NULL AND NEW.suspended = 0 AND NOT (OLD.due IS NULL AND OLD.suspended = 0 AND NEW.due IS NULL AND NEW.suspended = 0 AND OLD.deck_id = NEW.deck_id AND OLD.note_id = NEW.note_id) AND NOT EXISTS (SELECT 1 FROM card AS sibling WHERE sibling.note_id = NEW.note_id AND sibling.id <> NEW.id AND sibling.deck_id = NEW.deck_id AND sibling.due IS NULL AND sibling.suspended = 0) ON CONFLICT (deck_id) DO UPDATE SET notes = notes + 1; END;
CREATE TRIGGER tally_note_insert AFTER INSERT ON note BEGIN INSERT INTO note_tally (deck_id, notes) VALUES (NEW.deck_id, 1) ON CONFLICT (deck_id) DO UPDATE SET notes = notes + 1; END;
CREATE TRIGGER tally_note_delete AFTER DELETE ON note BEGIN UPDATE note_tally SET notes = notes - 1 WHERE deck_id = OLD.deck_id; END;
CREATE TRIGGER tally_note_move AFTER UPDATE OF deck_id ON note WHEN OLD.deck_id IS NOT NEW.deck_id BEGIN UPDATE note_tally SET notes = notes - 1 WHERE deck_id = OLD.deck_id; INSERT INTO note_tally (deck_id, notes) VALUES (NEW.deck_id, 1) ON CONFLICT (deck_id) DO UPDATE SET notes = notes + 1; END;
CREATE TRIGGER tally_deck_delete AFTER DELETE ON deck BEGIN DELETE FROM card_tally WHERE deck_id = OLD.id; DELETE FROM note_tally WHERE deck_id = OLD.id; DELETE FROM new_note_tally WHERE deck_id = OLD.id; END;
CREATE TRIGGER tally_review_insert AFTER INSERT ON review BEGIN INSERT INTO review_tally (deck_id, day, kind, answers, passed, ms, grade_0, grade_1, grade_2, grade_3, grade_4, grade_5) SELECT card.deck_id, NEW.day, CASE WHEN NEW.drill THEN 4 WHEN NEW.prev_due IS NULL THEN 0 WHEN NEW.prev_due > NEW.day THEN 1 WHEN NEW.prev_interval >= 21 THEN 3 ELSE 2 END, 1, (NEW.grade >= 3), coalesce(NEW.duration_ms, 0), (NEW.grade = 0), (NEW.grade = 1), (NEW.grade = 2), (NEW.grade = 3), (NEW.grade = 4), (NEW.grade = 5) FROM card WHERE card.id = NEW.card_id AND NEW.day IS NOT NULL ON CONFLICT (deck_id, day, kind) DO UPDATE SET answers = answers + excluded.answers, passed = passed + excluded.passed, ms = ms + excluded.ms, grade_0 = grade_0 + excluded.grade_0, grade_1 = grade_1 + excluded.grade_1, grade_2 = grade_2 + excluded.grade_2, grade_3 = grade_3 + excluded.grade_3, grade_4 = grade_4 + excluded.grade_4, grade_5 = grade_5 + excluded.grade_5; END;
CREATE TRIGGER tally_review_delete AFTER DELETE ON review BEGIN INSERT INTO review_tally (deck_id, day, kind, answers, passed, ms, grade_0, grade_1, grade_2, grade_3, grade_4, grade_5) SELECT card.deck_id, OLD.day, CASE WHEN OLD.drill THEN 4 WHEN OLD.prev_due IS NULL THEN 0 WHEN OLD.prev_due > OLD.day THEN 1 WHEN OLD.prev_interval >= 21 THEN 3 ELSE 2 END, -1, -(OLD.grade >= 3), -coalesce(OLD.duration_ms, 0), -(OLD.grade = 0), -(OLD.grade = 1), -(OLD.grade = 2), -(OLD.grade = 3), -(OLD.grade = 4), -(OLD.grade = 5) FROM card WHERE card.id = OLD.card_id AND OLD.day IS NOT NULL ON CONFLICT (deck_id, day, kind) DO UPDATE SET answers = answers + excluded.answers, passed = passed + excluded.passed, ms = ms + excluded.ms, grade_0 = grade_0 + excluded.grade_0, grade_1 = grade_1 + excluded.grade_1, grade_2 = grade_2 + excluded.grade_2, grade_3 = grade_3 + excluded.grade_3, grade_4 = grade_4 + excluded.grade_4, grade_5 = grade_5 + excluded.grade_5; DELETE FROM review_tally WHERE deck_id = (SELECT deck_id FROM card WHERE id = OLD.card_id) AND day = OLD.day AND kind = CASE WHEN OLD.drill THEN 4 WHEN OLD.prev_due IS NULL THEN 0 WHEN OLD.prev_due > OLD.day THEN 1 WHEN OLD.prev_interval >= 21 THEN 3 ELSE 2 END AND answers = 0; END;
CREATE TRIGGER tally_review_update AFTER UPDATE OF card_id, day, drill, grade, duration_ms, prev_due, prev_interval ON review BEGIN INSERT INTO review_tally (deck_id, day, kind, answers, passed, ms, grade_0, grade_1, grade_2, grade_3, grade_4, grade_5) SELECT card.deck_id, OLD.day, CASE WHEN OLD.drill THEN 4 WHEN OLD.prev_due IS NULL THEN 0 WHEN OLD.prev_due > OLD.day THEN 1 WHEN OLD.prev_interval >= 21 THEN 3 ELSE 2 END, -1, -(OLD.grade >= 3), -coalesce(OLD.duration_ms, 0), -(OLD.grade = 0), -(OLD.grade = 1), -(OLD.grade = 2), -(OLD.grade = 3), -(OLD.grade = 4), -(OLD.grade = 5) FROM card WHERE card.id = OLD.card_id AND OLD.day IS NOT NULL ON CONFLICT (deck_id, day, kind) DO UPDATE SET answers = answers + excluded.answers, passed = passed + excluded.passed, ms = ms + excluded.ms, grade_0 = grade_0 + excluded.grade_0, grade_1 = grade_1 + excluded.grade_1, grade_2 = grade_2 + excluded.grade_2, grade_3 = grade_3 + excluded.grade_3, grade_4 = grade_4 + excluded.grade_4, grade_5 = grade_5 + excluded.grade_5; DELETE FROM review_tally WHERE deck_id = (SELECT deck_id FROM card WHERE id = OLD.card_id) AND day = OLD.day AND kind = CASE WHEN OLD.drill THEN 4 WHEN OLD.prev_due IS NULL THEN 0 WHEN OLD.prev_due > OLD.day THEN 1 WHEN OLD.prev_interval >= 21 THEN 3 ELSE 2 END AND answers = 0; INSERT INTO review_tally (deck_id, day, kind, answers, passed, ms, grade_0, grade_1, grade_2, grade_3, grade_4, grade_5) SELECT card.deck_id, NEW.day, CASE WHEN NEW.drill THEN 4 WHEN NEW.prev_due IS NULL THEN 0 WHEN NEW.prev_due > NEW.day THEN 1 WHEN NEW.prev_interval >= 21 THEN 3 ELSE 2 END, 1, (NEW.grade >= 3), coalesce(NEW.duration_ms, 0), (NEW.grade = 0), (NEW.grade = 1), (NEW.grade = 2), (NEW.grade = 3), (NEW.grade = 4), (NEW.grade = 5) FROM card WHERE card.id = NEW.card_id AND NEW.day IS NOT NULL ON CONFLICT (deck_id, day, kind) DO UPDATE SET answers = answers + excluded.answers, passed = passed + excluded.passed, ms = ms + excluded.ms, grade_0 = grade_0 + excluded.grade_0, grade_1 = grade_1 + excluded.grade_1, grade_2 = grade_2 + excluded.grade_2, grade_3 = grade_3 + excluded.grade_3, grade_4 = grade_4 + excluded.grade_4, grade_5 = grade_5 + excluded.grade_5; END;
CREATE TRIGGER tally_review_card_delete BEFORE DELETE ON card BEGIN INSERT INTO review_tally (deck_id, day, kind, answers, passed, ms, grade_0, grade_1, grade_2, grade_3, grade_4, grade_5) SELECT OLD.deck_id, review.day, CASE WHEN review.drill THEN 4 WHEN review.prev_due IS NULL THEN 0 WHEN review.prev_due > review.day THEN 1 WHEN review.prev_interval >= 21 THEN 3 ELSE 2 END, -count(*), -sum(review.grade >= 3), -sum(coalesce(review.duration_ms, 0)), -sum(review.grade = 0), -sum(review.grade = 1), -sum(review.grade = 2), -sum(review.grade = 3), -sum(review.grade = 4), -sum(review.grade = 5) FROM review WHERE review.card_id = OLD.id AND review.day IS NOT NULL GROUP BY review.day, 3 ON CONFLICT (deck_id, day, kind) DO UPDATE SET answers = answers + excluded.answers, passed = passed + excluded.passed, ms = ms + excluded.ms, grade_0 = grade_0 + excluded.grade_0, grade_1 = grade_1 + excluded.grade_1, grade_2 = grade_2 + excluded.grade_2, grade_3 = grade_3 + excluded.grade_3, grade_4 = grade_4 + excluded.grade_4, grade_5 = grade_5 + excluded.grade_5; DELETE FROM review_tally WHERE deck_id = OLD.deck_id AND answers = 0 AND day IN (SELECT day FROM review WHERE card_id = OLD.id); END;
CREATE TRIGGER tally_review_card_move AFTER UPDATE OF deck_id ON card WHEN OLD.deck_id IS NOT NEW.deck_id BEGIN INSERT INTO review_tally (deck_id, day, kind, answers, passed, ms, grade_0, grade_1, grade_2, grade_3, grade_4, grade_5) SELECT OLD.deck_id, review.day, CASE WHEN review.drill THEN 4 WHEN review.prev_due IS NULL THEN 0 WHEN review.prev_due > review.day THEN 1 WHEN review.prev_interval >= 21 THEN 3 ELSE 2 END, -count(*), -sum(review.grade >= 3), -sum(coalesce(review.duration_ms, 0)), -sum(review.grade = 0), -sum(review.grade = 1), -sum(review.grade = 2), -sum(review.grade = 3), -sum(review.grade = 4), -sum(review.grade = 5) FROM review WHERE review.card_id = OLD.id AND review.day IS NOT NULL GROUP BY review.day, 3 ON CONFLICT (deck_id, day, kind) DO UPDATE SET answers = answers + excluded.answers, passed = passed + excluded.passed, ms = ms + excluded.ms, grade_0 = grade_0 + excluded.grade_0, grade_1 = grade_1 + excluded.grade_1, grade_2 = grade_2 + excluded.grade_2, grade_3 = grade_3 + excluded.grade_3, grade_4 = grade_4 + excluded.grade_4, grade_5 = grade_5 + excluded.grade_5; DELETE FROM review_tally WHERE deck_id = OLD.deck_id AND answers = 0 AND day IN (SELECT day FROM review WHERE card_id = OLD.id); INSERT INTO review_tally (deck_id, day, kind, answers, passed, ms, grade_0, grade_1, grade_2, grade_3, grade_4, grade_5) SELECT NEW.deck_id, review.day, CASE WHEN review.drill THEN 4 WHEN review.prev_due IS NULL THEN 0 WHEN review.prev_due > review.day THEN 1 WHEN review.prev_interval >= 21 THEN 3 ELSE 2 END, count(*), sum(review.grade >= 3), sum(coalesce(review.duration_ms, 0)), sum(review.grade = 0), sum(review.grade = 1), sum(review.grade = 2), sum(review.grade = 3), sum(review.grade = 4), sum(review.grade = 5) FROM review WHERE review.card_id = OLD.id AND review.day IS NOT NULL GROUP BY review.day, 3 ON CONFLICT (deck_id, day, kind) DO UPDATE SET answers = answers + excluded.answers, passed = passed + excluded.passed, ms = ms + excluded.ms, grade_0 = grade_0 + excluded.grade_0, grade_1 = grade_1 + excluded.grade_1, grade_2 = grade_2 + excluded.grade_2, grade_3 = grade_3 + excluded.grade_3, grade_4 = grade_4 + excluded.grade_4, grade_5 = grade_5 + excluded.grade_5; END;
CREATE TRIGGER tally_state_card_insert AFTER INSERT ON card BEGIN INSERT INTO card_state_tally (deck_id, state, leech, cards) SELECT NEW.deck_id, CASE WHEN NEW.suspended THEN 3 WHEN NEW.due IS NULL THEN 0 WHEN NEW.reps < 2 THEN 1 ELSE 2 END, NEW.leech, 1 WHERE 1 ON CONFLICT (deck_id, state, leech) DO UPDATE SET cards = cards + excluded.cards; INSERT INTO interval_tally (deck_id, interval, cards) SELECT NEW.deck_id, NEW.interval, 1 WHERE NEW.suspended = 0 AND NEW.due IS NOT NULL ON CONFLICT (deck_id, interval) DO UPDATE SET cards = cards + excluded.cards; INSERT INTO ease_tally (deck_id, ef_centi, cards) SELECT NEW.deck_id, NEW.ef_centi, 1 WHERE NEW.suspended = 0 AND NEW.due IS NOT NULL ON CONFLICT (deck_id, ef_centi) DO UPDATE SET cards = cards + excluded.cards; END;
CREATE TRIGGER tally_state_card_delete AFTER DELETE ON card BEGIN INSERT INTO card_state_tally (deck_id, state, leech, cards) SELECT OLD.deck_id, CASE WHEN OLD.suspended THEN 3 WHEN OLD.due IS NULL THEN 0 WHEN OLD.reps < 2 THEN 1 ELSE 2 END, OLD.leech, -1 WHERE 1 ON CONFLICT (deck_id, state, leech) DO UPDATE SET cards = cards + excluded.cards; INSERT INTO interval_tally (deck_id, interval, cards) SELECT OLD.deck_id, OLD.interval, -1 WHERE OLD.suspended = 0 AND OLD.due IS NOT NULL ON CONFLICT (deck_id, interval) DO UPDATE SET cards = cards + excluded.cards; INSERT INTO ease_tally (deck_id, ef_centi, cards) SELECT OLD.deck_id, OLD.ef_centi, -1 WHERE OLD.suspended = 0 AND OLD.due IS NOT NULL ON CONFLICT (deck_id, ef_centi) DO UPDATE SET cards = cards + excluded.cards; DELETE FROM card_state_tally WHERE deck_id = OLD.deck_id AND state = CASE WHEN OLD.suspended THEN 3 WHEN OLD.due IS NULL THEN 0 WHEN OLD.reps < 2 THEN 1 ELSE 2 END AND leech = OLD.leech AND cards = 0; DELETE FROM interval_tally WHERE deck_id = OLD.deck_id AND interval = OLD.interval AND cards = 0; DELETE FROM ease_tally WHERE deck_id = OLD.deck_id AND ef_centi = OLD.ef_centi AND cards = 0; END;
CREATE TRIGGER tally_state_card_update AFTER UPDATE OF note_id, deck_id, suspended, leech ON card WHEN (OLD.deck_id IS NOT NEW.deck_id OR OLD.due IS NOT NEW.due OR OLD.suspended IS NOT NEW.suspended OR OLD.reps IS NOT NEW.reps OR OLD.leech IS NOT NEW.leech OR OLD.interval IS NOT NEW.interval OR OLD.ef_centi IS NOT NEW.ef_centi) AND NOT (OLD.note_id = NEW.note_id AND OLD.deck_id = NEW.deck_id AND OLD.suspended = 0 AND NEW.suspended = 0) BEGIN INSERT INTO card_state_tally (deck_id, state, leech, cards) SELECT OLD.deck_id, CASE WHEN OLD.suspended THEN 3 WHEN OLD.due IS NULL THEN 0 WHEN OLD.reps < 2 THEN 1 ELSE 2 END, OLD.leech, -1 WHERE 1 ON CONFLICT (deck_id, state, leech) DO UPDATE SET cards = cards + excluded.cards; INSERT INTO interval_tally (deck_id, interval, cards) SELECT OLD.deck_id, OLD.interval, -1 WHERE OLD.suspended = 0 AND OLD.due IS NOT NULL ON CONFLICT (deck_id, interval) DO UPDATE SET cards = cards + excluded.cards; INSERT INTO ease_tally (deck_id, ef_centi, cards) SELECT OLD.deck_id, OLD.ef_centi, -1 WHERE OLD.suspended = 0 AND OLD.due IS NOT NULL ON CONFLICT (deck_id, ef_centi) DO UPDATE SET cards = cards + excluded.cards; DELETE FROM card_state_tally WHERE deck_id = OLD.deck_id AND state = CASE WHEN OLD.suspended THEN 3 WHEN OLD.due IS NULL THEN 0 WHEN OLD.reps < 2 THEN 1 ELSE 2 END AND leech = OLD.leech AND cards = 0; DELETE FROM interval_tally WHERE deck_id = OLD.deck_id AND interval = OLD.interval AND cards = 0; DELETE FROM ease_tally WHERE deck_id = OLD.deck_id AND ef_centi = OLD.ef_centi AND cards = 0; INSERT INTO card_state_tally (deck_id, state, leech, cards) SELECT NEW.deck_id, CASE WHEN NEW.suspended THEN 3 WHEN NEW.due IS NULL THEN 0 WHEN NEW.reps < 2 THEN 1 ELSE 2 END, NEW.leech, 1 WHERE 1 ON CONFLICT (deck_id, state, leech) DO UPDATE SET cards = cards + excluded.cards; INSERT INTO interval_tally (deck_id, interval, cards) SELECT NEW.deck_id, NEW.interval, 1 WHERE NEW.suspended = 0 AND NEW.due IS NOT NULL ON CONFLICT (deck_id, interval) DO UPDATE SET cards = cards + excluded.cards; INSERT INTO ease_tally (deck_id, ef_centi, cards) SELECT NEW.deck_id, NEW.ef_centi, 1 WHERE NEW.suspended = 0 AND NEW.due IS NOT NULL ON CONFLICT (deck_id, ef_centi) DO UPDATE SET cards = cards + excluded.cards; END;
CREATE TRIGGER tally_sibling_insert_before BEFORE INSERT ON card WHEN NEW.suspended = 0 AND NEW.due IS NOT NULL BEGIN INSERT INTO sibling_tally (deck_id, due, cards) SELECT waiter.deck_id, waiter.due, -1 * count(*) FROM card AS waiter INDEXED BY ix_card_note_id WHERE waiter.note_id IN (NEW.note_id) AND waiter.suspended = 0 AND waiter.due IS NOT NULL AND EXISTS (SELECT 1 FROM card AS sibling INDEXED BY ix_card_note_id WHERE sibling.note_id = waiter.note_id AND sibling.deck_id = waiter.deck_id AND sibling.id <> waiter.id AND sibling.suspended = 0 AND sibling.due IS NOT NULL AND (sibling.due < waiter.due OR (sibling.due = waiter.due AND sibling.id < waiter.id))) GROUP BY waiter.deck_id, waiter.due ON CONFLICT (deck_id, due) DO UPDATE SET cards = cards + excluded.cards; END;
CREATE TRIGGER tally_sibling_insert AFTER INSERT ON card WHEN NEW.suspended = 0 AND NEW.due IS NOT NULL BEGIN INSERT INTO sibling_tally (deck_id, due, cards) SELECT waiter.deck_id, waiter.due, 1 * count(*) FROM card AS waiter INDEXED BY ix_card_note_id WHERE waiter.note_id IN (NEW.note_id) AND waiter.suspended = 0 AND waiter.due IS NOT NULL AND EXISTS (SELECT 1 FROM card AS sibling INDEXED BY ix_card_note_id WHERE sibling.note_id = waiter.note_id AND sibling.deck_id = waiter.deck_id AND sibling.id <> waiter.id AND sibling.suspended = 0 AND sibling.due IS NOT NULL AND (sibling.due < waiter.due OR (sibling.due = waiter.due AND sibling.id < waiter.id))) GROUP BY waiter.deck_id, waiter.due ON CONFLICT (deck_id, due) DO UPDATE SET cards = cards + excluded.cards; END;
CREATE TRIGGER tally_sibling_delete_before BEFORE DELETE ON card WHEN OLD.suspended = 0 AND OLD.due IS NOT NULL BEGIN INSERT INTO sibling_tally (deck_id, due, cards) SELECT waiter.deck_id, waiter.due, -1 * count(*) FROM card AS waiter INDEXED BY ix_card_note_id WHERE waiter.note_id IN (OLD.note_id) AND waiter.suspended = 0 AND waiter.due IS NOT NULL AND EXISTS (SELECT 1 FROM card AS sibling INDEXED BY ix_card_note_id WHERE sibling.note_id = waiter.note_id AND sibling.deck_id = waiter.deck_id AND sibling.id <> waiter.id AND sibling.suspended = 0 AND sibling.due IS NOT NULL AND (sibling.due < waiter.due OR (sibling.due = waiter.due AND sibling.id < waiter.id))) GROUP BY waiter.deck_id, waiter.due ON CONFLICT (deck_id, due) DO UPDATE SET cards = cards + excluded.cards; END;
CREATE TRIGGER tally_sibling_delete AFTER DELETE ON card WHEN OLD.suspended = 0 AND OLD.due IS NOT NULL BEGIN INSERT INTO sibling_tally (deck_id, due, cards) SELECT waiter.deck_id, waiter.due, 1 * count(*) FROM card AS waiter INDEXED BY ix_card_note_id WHERE waiter.note_id IN (OLD.note_id) AND waiter.suspended = 0 AND waiter.due IS NOT NULL AND EXISTS (SELECT 1 FROM card AS sibling INDEXED BY ix_card_note_id WHERE sibling.note_id = waiter.note_id AND sibling.deck_id = waiter.deck_id AND sibling.id <> waiter.id AND sibling.suspended = 0 AND sibling.due IS NOT NULL AND (sibling.due < waiter.due OR (sibling.due = waiter.due AND sibling.id < waiter.id))) GROUP BY waiter.deck_id, waiter.due ON CONFLICT (deck_id, due) DO UPDATE SET cards = cards + excluded.cards; DELETE FROM sibling_tally WHERE deck_id = OLD.deck_id AND due IN (SELECT due FROM card INDEXED BY ix_card_note_id WHERE note_id = OLD.note_id UNION ALL SELECT OLD.due) AND cards = 0; END;
CREATE TRIGGER tally_sibling_update_before BEFORE UPDATE OF note_id, deck_id, suspended ON card WHEN (OLD.note_id IS NOT NEW.note_id OR OLD.deck_id IS NOT NEW.deck_id OR OLD.due IS NOT NEW.due OR OLD.suspended IS NOT NEW.suspended) AND ((OLD.suspended = 0 AND OLD.due IS NOT NULL) OR (NEW.suspended = 0 AND NEW.due IS NOT NULL)) AND NOT (OLD.note_id = NEW.note_id AND OLD.deck_id = NEW.deck_id AND OLD.suspended = 0 AND NEW.suspended = 0) BEGIN INSERT INTO sibling_tally (deck_id, due, cards) SELECT waiter.deck_id, waiter.due, -1 * count(*) FROM card AS waiter INDEXED BY ix_card_note_id WHERE waiter.note_id IN (OLD.note_id, NEW.note_id) AND waiter.suspended = 0 AND waiter.due IS NOT NULL AND EXISTS (SELECT 1 FROM card AS sibling INDEXED BY ix_card_note_id WHERE sibling.note_id = waiter.note_id AND sibling.deck_id = waiter.deck_id AND sibling.id <> waiter.id AND sibling.suspended = 0 AND sibling.due IS NOT NULL AND (sibling.due < waiter.due OR (sibling.due = waiter.due AND sibling.id < waiter.id))) GROUP BY waiter.deck_id, waiter.due ON CONFLICT (deck_id, due) DO UPDATE SET cards = cards + excluded.cards; END;
CREATE TRIGGER tally_sibling_update AFTER UPDATE OF note_id, deck_id, suspended ON card WHEN (OLD.note_id IS NOT NEW.note_id OR OLD.deck_id IS NOT NEW.deck_id OR OLD.due IS NOT NEW.due OR OLD.suspended IS NOT NEW.suspended) AND ((OLD.suspended = 0 AND OLD.due IS NOT NULL) OR (NEW.suspended = 0 AND NEW.due IS NOT NULL)) AND NOT (OLD.note_id = NEW.note_id AND OLD.deck_id = NEW.deck_id AND OLD.suspended = 0 AND NEW.suspended = 0) BEGIN INSERT INTO sibling_tally (deck_id, due, cards) SELECT waiter.deck_id, waiter.due, 1 * count(*) FROM card AS waiter INDEXED BY ix_card_note_id WHERE waiter.note_id IN (OLD.note_id, NEW.note_id) AND waiter.suspended = 0 AND waiter.due IS NOT NULL AND EXISTS (SELECT 1 FROM card AS sibling INDEXED BY ix_card_note_id WHERE sibling.note_id = waiter.note_id AND sibling.deck_id = waiter.deck_id AND sibling.id <> waiter.id AND sibling.suspended = 0 AND sibling.due IS NOT NULL AND (sibling.due < waiter.due OR (sibling.due = waiter.due AND sibling.id < waiter.id))) GROUP BY waiter.deck_id, waiter.due ON CONFLICT (deck_id, due) DO UPDATE SET cards = cards + excluded.cards; DELETE FROM sibling_tally WHERE deck_id = OLD.deck_id AND due IN (SELECT due FROM card INDEXED BY ix_card_note_id WHERE note_id = OLD.note_id UNION ALL SELECT OLD.due) AND cards = 0; END;
CREATE TRIGGER tally_sibling_deck_delete AFTER DELETE ON deck BEGIN DELETE FROM sibling_tally WHERE deck_id = OLD.id; END;
CREATE TRIGGER tally_behind_insert_before BEFORE INSERT ON card WHEN NEW.suspended = 0 AND EXISTS (SELECT 1 FROM card AS sibling INDEXED BY ix_card_note_id WHERE sibling.note_id = NEW.note_id AND sibling.deck_id = NEW.deck_id AND sibling.id IS NOT NEW.id AND sibling.suspended = 0 AND (sibling.due IS NULL) <> (NEW.due IS NULL)) BEGIN INSERT INTO behind_tally (deck_id, due, notes) SELECT deck_id, due, -1 * count(*) FROM (SELECT shown.deck_id AS deck_id, min(shown.due) AS due FROM card AS shown INDEXED BY ix_card_note_id WHERE shown.note_id IN (NEW.note_id) AND EXISTS (SELECT 1 FROM card AS new INDEXED BY ix_card_note_id WHERE new.note_id = shown.note_id AND new.deck_id = shown.deck_id AND new.suspended = 0 AND new.due IS NULL AND shown.suspended = 0 AND shown.due IS NOT NULL AND shown.due <= shown.due) GROUP BY shown.note_id, shown.deck_id) WHERE 1 GROUP BY deck_id, due ON CONFLICT (deck_id, due) DO UPDATE SET notes = notes + excluded.notes; END;
CREATE TRIGGER tally_behind_insert AFTER INSERT ON card WHEN NEW.suspended = 0 AND EXISTS (SELECT 1 FROM card AS sibling INDEXED BY ix_card_note_id WHERE sibling.note_id = NEW.note_id AND sibling.deck_id = NEW.deck_id AND sibling.id IS NOT NEW.id AND sibling.suspended = 0 AND (sibling.due IS NULL) <> (NEW.due IS NULL)) BEGIN INSERT INTO behind_tally (deck_id, due, notes) SELECT deck_id, due, 1 * count(*) FROM (SELECT shown.deck_id AS deck_id, min(shown.due) AS due FROM card AS shown INDEXED BY ix_card_note_id WHERE shown.note_id IN (NEW.note_id) AND EXISTS (SELECT 1 FROM card AS new INDEXED BY ix_card_note_id WHERE new.note_id = shown.note_id AND new.deck_id = shown.deck_id AND new.suspended = 0 AND new.due IS NULL AND shown.suspended = 0 AND shown.due IS NOT NULL AND shown.due <= shown.due) GROUP BY shown.note_id, shown.deck_id) WHERE 1 GROUP BY deck_id, due ON CONFLICT (deck_id, due) DO UPDATE SET notes = notes + excluded.notes; DELETE FROM behind_tally WHERE deck_id IN (NEW.deck_id) AND due IN (SELECT due FROM card INDEXED BY ix_card_note_id WHERE note_id IN (NEW.note_id) UNION ALL SELECT NULL) AND notes = 0; END;
CREATE TRIGGER tally_behind_delete_before BEFORE DELETE ON card WHEN OLD.suspended = 0 AND EXISTS (SELECT 1 FROM card AS sibling INDEXED BY ix_card_note_id WHERE sibling.note_id = OLD.note_id AND sibling.deck_id = OLD.deck_id AND sibling.id IS NOT OLD.id AND sibling.suspended = 0 AND (sibling.due IS NULL) <> (OLD.due IS NULL)) BEGIN INSERT INTO behind_tally (deck_id, due, notes) SELECT deck_id, due, -1 * count(*) FROM (SELECT shown.deck_id AS deck_id, min(shown.due) AS due FROM card AS shown INDEXED BY ix_card_note_id WHERE shown.note_id IN (OLD.note_id) AND EXISTS (SELECT 1 FROM card AS new INDEXED BY ix_card_note_id WHERE new.note_id = shown.note_id AND new.deck_id = shown.deck_id AND new.suspended = 0 AND new.due IS NULL AND shown.suspended = 0 AND shown.due IS NOT NULL AND shown.due <= shown.due) GROUP BY shown.note_id, shown.deck_id) WHERE 1 GROUP BY deck_id, due ON CONFLICT (deck_id, due) DO UPDATE SET notes = notes + excluded.notes; END;
CREATE TRIGGER tally_behind_delete AFTER DELETE ON card WHEN OLD.suspended = 0 AND EXISTS (SELECT 1 FROM card AS sibling INDEXED BY ix_card_note_id WHERE sibling.note_id = OLD.note_id AND sibling.deck_id = OLD.deck_id AND sibling.id IS NOT OLD.id AND sibling.suspended = 0 AND (sibling.due IS NULL) <> (OLD.due IS NULL)) BEGIN INSERT INTO behind_tally (deck_id, due, notes) SELECT deck_id, due, 1 * count(*) FROM (SELECT shown.deck_id AS deck_id, min(shown.due) AS due FROM card AS shown INDEXED BY ix_card_note_id WHERE shown.note_id IN (OLD.note_id) AND EXISTS (SELECT 1 FROM card AS new INDEXED BY ix_card_note_id WHERE new.note_id = shown.note_id AND new.deck_id = shown.deck_id AND new.suspended = 0 AND new.due IS NULL AND shown.suspended = 0 AND shown.due IS NOT NULL AND shown.due <= shown.due) GROUP BY shown.note_id, shown.deck_id) WHERE 1 GROUP BY deck_id, due ON CONFLICT (deck_id, due) DO UPDATE SET notes = notes + excluded.notes; DELETE FROM behind_tally WHERE deck_id IN (OLD.deck_id) AND due IN (SELECT due FROM card INDEXED BY ix_card_note_id WHERE note_id IN (OLD.note_id) UNION ALL SELECT OLD.due) AND notes = 0; END;
CREATE TRIGGER tally_behind_update AFTER UPDATE OF note_id, deck_id, suspended ON card WHEN (OLD.note_id IS NOT NEW.note_id OR OLD.deck_id IS NOT NEW.deck_id OR OLD.due IS NOT NEW.due OR OLD.suspended IS NOT NEW.suspended) AND (OLD.suspended = 0 OR NEW.suspended = 0) AND NOT (OLD.note_id = NEW.note_id AND OLD.deck_id = NEW.deck_id AND OLD.suspended = 0 AND NEW.suspended = 0) BEGIN INSERT INTO behind_tally (deck_id, due, notes) SELECT OLD.deck_id, CASE WHEN side THEN k.now ELSE k.was END, CASE WHEN side THEN 1 ELSE -1 END FROM (SELECT (CASE WHEN o.fresh OR (1 AND OLD.suspended = 0 AND OLD.due IS NULL) THEN coalesce(min(o.first, (CASE WHEN 1 AND OLD.suspended = 0 THEN OLD.due END)), o.first, (CASE WHEN 1 AND OLD.suspended = 0 THEN OLD.due END)) END) AS was, (CASE WHEN o.fresh OR ((OLD.note_id = NEW.note_id AND OLD.deck_id = NEW.deck_id) AND NEW.suspended = 0 AND NEW.due IS NULL) THEN coalesce(min(o.first, (CASE WHEN (OLD.note_id = NEW.note_id AND OLD.deck_id = NEW.deck_id) AND NEW.suspended = 0 THEN NEW.due END)), o.first, (CASE WHEN (OLD.note_id = NEW.note_id AND OLD.deck_id = NEW.deck_id) AND NEW.suspended = 0 THEN NEW.due END)) END) AS now FROM (SELECT min(other.due) AS first, coalesce(max(other.due IS NULL), 0) AS fresh FROM card AS other INDEXED BY ix_card_note_id WHERE other.note_id = OLD.note_id AND other.deck_id = OLD.deck_id AND other.suspended = 0 AND other.id <> OLD.id) AS o) AS k, (SELECT 0 AS side UNION ALL SELECT 1) AS sides WHERE 1 AND k.was IS NOT k.now AND (CASE WHEN side THEN k.now ELSE k.was END) IS NOT NULL ON CONFLICT (deck_id, due) DO UPDATE SET notes = notes + excluded.notes; DELETE FROM behind_tally WHERE 1 AND deck_id = OLD.deck_id AND notes = 0 AND due = (SELECT (CASE WHEN o.fresh OR (1 AND OLD.suspended = 0 AND OLD.due IS NULL) THEN coalesce(min(o.first, (CASE WHEN 1 AND OLD.suspended = 0 THEN OLD.due END)), o.first, (CASE WHEN 1 AND OLD.suspended = 0 THEN OLD.due END)) END) FROM (SELECT min(other.due) AS first, coalesce(max(other.due IS NULL), 0) AS fresh FROM card AS other INDEXED BY ix_card_note_id WHERE other.note_id = OLD.note_id AND other.deck_id = OLD.deck_id AND other.suspended = 0 AND other.id <> OLD.id) AS o); INSERT INTO behind_tally (deck_id, due, notes) SELECT NEW.deck_id, CASE WHEN side THEN k.now ELSE k.was END, CASE WHEN side THEN 1 ELSE -1 END FROM (SELECT (CASE WHEN o.fresh OR (0 AND OLD.suspended = 0 AND OLD.due IS NULL) THEN coalesce(min(o.first, (CASE WHEN 0 AND OLD.suspended = 0 THEN OLD.due END)), o.first, (CASE WHEN 0 AND OLD.suspended = 0 THEN OLD.due END)) END) AS was, (CASE WHEN o.fresh OR (1 AND NEW.suspended = 0 AND NEW.due IS NULL) THEN coalesce(min(o.first, (CASE WHEN 1 AND NEW.suspended = 0 THEN NEW.due END)), o.first, (CASE WHEN 1 AND NEW.suspended = 0 THEN NEW.due END)) END) AS now FROM (SELECT min(other.due) AS first, coalesce(max(other.due IS NULL), 0) AS fresh FROM card AS other INDEXED BY ix_card_note_id WHERE other.note_id = NEW.note_id AND other.deck_id = NEW.deck_id AND other.suspended = 0 AND other.id <> OLD.id) AS o) AS k, (SELECT 0 AS side UNION ALL SELECT 1) AS sides WHERE NOT (OLD.note_id = NEW.note_id AND OLD.deck_id = NEW.deck_id) AND k.was IS NOT k.now AND (CASE WHEN side THEN k.now ELSE k.was END) IS NOT NULL ON CONFLICT (deck_id, due) DO UPDATE SET notes = notes + excluded.notes; DELETE FROM behind_tally WHERE NOT (OLD.note_id = NEW.note_id AND OLD.deck_id = NEW.deck_id) AND deck_id = NEW.deck_id AND notes = 0 AND due = (SELECT (CASE WHEN o.fresh OR (0 AND OLD.suspended = 0 AND OLD.due IS NULL) THEN coalesce(min(o.first, (CASE WHEN 0 AND OLD.suspended = 0 THEN OLD.due END)), o.first, (CASE WHEN 0 AND OLD.suspended = 0 THEN OLD.due END)) END) FROM (SELECT min(other.due) AS first, coalesce(max(other.due IS NULL), 0) AS fresh FROM card AS other INDEXED BY ix_card_note_id WHERE other.note_id = NEW.note_id AND other.deck_id = NEW.deck_id AND other.suspended = 0 AND other.id <> OLD.id) AS o); END;
CREATE TRIGGER tally_behind_deck_delete AFTER DELETE ON deck BEGIN DELETE FROM behind_tally WHERE deck_id = OLD.id; END;
CREATE TRIGGER tally_answer AFTER UPDATE OF note_id, deck_id, suspended, due, reps, leech, interval, ef_centi ON card WHEN (OLD.note_id = NEW.note_id AND OLD.deck_id = NEW.deck_id AND OLD.suspended = 0 AND NEW.suspended = 0) AND (OLD.due IS NOT NEW.due OR OLD.reps IS NOT NEW.reps OR OLD.leech IS NOT NEW.leech OR OLD.interval IS NOT NEW.interval OR OLD.ef_centi IS NOT NEW.ef_centi) BEGIN INSERT INTO card_tally (deck_id, due, cards) SELECT NEW.deck_id, due, step FROM (SELECT coalesce(OLD.due, 0) AS due, -1 AS step WHERE 1 UNION ALL SELECT coalesce(NEW.due, 0), 1 WHERE 1) WHERE (coalesce(OLD.due, 0) IS NOT coalesce(NEW.due, 0)) ON CONFLICT (deck_id, due) DO UPDATE SET cards = cards + excluded.cards; DELETE FROM card_tally WHERE (coalesce(OLD.due, 0) IS NOT coalesce(NEW.due, 0)) AND (1) AND deck_id = NEW.deck_id AND due = coalesce(OLD.due, 0) AND cards <= 0; INSERT INTO new_note_tally (deck_id, notes) SELECT NEW.deck_id, CASE WHEN NEW.due IS NULL THEN 1 ELSE -1 END FROM (SELECT min(other.due) AS first, coalesce(max(other.due IS NULL), 0) AS fresh FROM card AS other INDEXED BY ix_card_note_id WHERE OLD.due IS NOT NEW.due AND other.note_id = NEW.note_id AND other.deck_id = NEW.deck_id AND other.suspended = 0 AND other.id <> NEW.id) AS o WHERE (OLD.due IS NULL) <> (NEW.due IS NULL) AND NOT o.fresh ON CONFLICT (deck_id) DO UPDATE SET notes = notes + excluded.notes; INSERT INTO card_state_tally (deck_id, state, leech, cards) SELECT NEW.deck_id, state, leech, step FROM (SELECT CASE WHEN OLD.suspended THEN 3 WHEN OLD.due IS NULL THEN 0 WHEN OLD.reps < 2 THEN 1 ELSE 2 END AS state, OLD.leech AS leech, -1 AS step WHERE 1 UNION ALL SELECT CASE WHEN NEW.suspended THEN 3 WHEN NEW.due IS NULL THEN 0 WHEN NEW.reps < 2 THEN 1 ELSE 2 END, NEW.leech, 1 WHERE 1) WHERE (CASE WHEN OLD.suspended THEN 3 WHEN OLD.due IS NULL THEN 0 WHEN OLD.reps < 2 THEN 1 ELSE 2 END IS NOT CASE WHEN NEW.suspended THEN 3 WHEN NEW.due IS NULL THEN 0 WHEN NEW.reps < 2 THEN 1 ELSE 2 END OR OLD.leech IS NOT NEW.leech) ON CONFLICT (deck_id, state, leech) DO UPDATE SET cards = cards + excluded.cards; DELETE FROM card_state_tally WHERE (CASE WHEN OLD.suspended THEN 3 WHEN OLD.due IS NULL THEN 0 WHEN OLD.reps < 2 THEN 1 ELSE 2 END IS NOT CASE WHEN NEW.suspended THEN 3 WHEN NEW.due IS NULL THEN 0 WHEN NEW.reps < 2 THEN 1 ELSE 2 END OR OLD.leech IS NOT NEW.leech) AND (1) AND deck_id = NEW.deck_id AND state = CASE WHEN OLD.suspended THEN 3 WHEN OLD.due IS NULL THEN 0 WHEN OLD.reps < 2 THEN 1 ELSE 2 END AND leech = OLD.leech AND cards <= 0; INSERT INTO interval_tally (deck_id, interval, cards) SELECT NEW.deck_id, interval, step FROM (SELECT OLD.interval AS interval, -1 AS step WHERE OLD.due IS NOT NULL UNION ALL SELECT NEW.interval, 1 WHERE NEW.due IS NOT NULL) WHERE ((OLD.due IS NOT NULL) IS NOT (NEW.due IS NOT NULL) OR ((NEW.due IS NOT NULL) AND (OLD.interval IS NOT NEW.interval))) ON CONFLICT (deck_id, interval) DO UPDATE SET cards = cards + excluded.cards; DELETE FROM interval_tally WHERE ((OLD.due IS NOT NULL) IS NOT (NEW.due IS NOT NULL) OR ((NEW.due IS NOT NULL) AND (OLD.interval IS NOT NEW.interval))) AND (OLD.due IS NOT NULL) AND deck_id = NEW.deck_id AND interval = OLD.interval AND cards <= 0; INSERT INTO ease_tally (deck_id, ef_centi, cards) SELECT NEW.deck_id, ef_centi, step FROM (SELECT OLD.ef_centi AS ef_centi, -1 AS step WHERE OLD.due IS NOT NULL UNION ALL SELECT NEW.ef_centi, 1 WHERE NEW.due IS NOT NULL) WHERE ((OLD.due IS NOT NULL) IS NOT (NEW.due IS NOT NULL) OR ((NEW.due IS NOT NULL) AND (OLD.ef_centi IS NOT NEW.ef_centi))) ON CONFLICT (deck_id, ef_centi) DO UPDATE SET cards = cards + excluded.cards; DELETE FROM ease_tally WHERE ((OLD.due IS NOT NULL) IS NOT (NEW.due IS NOT NULL) OR ((NEW.due IS NOT NULL) AND (OLD.ef_centi IS NOT NEW.ef_centi))) AND (OLD.due IS NOT NULL) AND deck_id = NEW.deck_id AND ef_centi = OLD.ef_centi AND cards <= 0; INSERT INTO sibling_tally (deck_id, due, cards) SELECT NEW.deck_id, CASE WHEN side.value THEN k.now ELSE k.was END, CASE WHEN side.value THEN 1 ELSE -1 END FROM (SELECT max(OLD.due, o.first) AS was, max(NEW.due, o.first) AS now FROM (SELECT min(other.due) AS first, coalesce(max(other.due IS NULL), 0) AS fresh FROM card AS other INDEXED BY ix_card_note_id WHERE OLD.due IS NOT NEW.due AND other.note_id = NEW.note_id AND other.deck_id = NEW.deck_id AND other.suspended = 0 AND other.id <> NEW.id) AS o) AS k CROSS JOIN json_each('[0, 1]') AS side WHERE OLD.due IS NOT NEW.due AND k.was IS NOT k.now AND (CASE WHEN side.value THEN k.now ELSE k.was END) IS NOT NULL ON CONFLICT (deck_id, due) DO UPDATE SET cards = cards + excluded.cards; DELETE FROM sibling_tally WHERE OLD.due IS NOT NEW.due AND deck_id = NEW.deck_id AND cards <= 0 AND due = (SELECT max(OLD.due, o.first) FROM (SELECT min(other.due) AS first, coalesce(max(other.due IS NULL), 0) AS fresh FROM card AS other INDEXED BY ix_card_note_id WHERE OLD.due IS NOT NEW.due AND other.note_id = NEW.note_id AND other.deck_id = NEW.deck_id AND other.suspended = 0 AND other.id <> NEW.id) AS o); INSERT INTO behind_tally (deck_id, due, notes) SELECT NEW.deck_id, CASE WHEN side.value THEN k.now ELSE k.was END, CASE WHEN side.value THEN 1 ELSE -1 END FROM (SELECT (CASE WHEN OLD.due IS NULL THEN o.first WHEN o.fresh THEN coalesce(min(o.first, OLD.due), OLD.due) END) AS was, (CASE WHEN NEW.due IS NULL THEN o.first WHEN o.fresh THEN coalesce(min(o.first, NEW.due), NEW.due) END) AS now FROM (SELECT min(other.due) AS first, coalesce(max(other.due IS NULL), 0) AS fresh FROM card AS other INDEXED BY ix_card_note_id WHERE OLD.due IS NOT NEW.due AND other.note_id = NEW.note_id AND other.deck_id = NEW.deck_id AND other.suspended = 0 AND other.id <> NEW.id) AS o) AS k CROSS JOIN json_each('[0, 1]') AS side WHERE OLD.due IS NOT NEW.due AND k.was IS NOT k.now AND (CASE WHEN side.value THEN k.now ELSE k.was END) IS NOT NULL ON CONFLICT (deck_id, due) DO UPDATE SET notes = notes + excluded.notes; DELETE FROM behind_tally WHERE OLD.due IS NOT NEW.due AND deck_id = NEW.deck_id AND notes <= 0 AND due = (SELECT (CASE WHEN OLD.due IS NULL THEN o.first WHEN o.fresh THEN coalesce(min(o.first, OLD.due), OLD.due) END) FROM (SELECT min(other.due) AS first, coalesce(max(other.due IS NULL), 0) AS fresh FROM card AS other INDEXED BY ix_card_note_id WHERE OLD.due IS NOT NEW.due AND other.note_id = NEW.note_id AND other.deck_id = NEW.deck_id AND other.suspended = 0 AND other.id <> NEW.id) AS o); END;
