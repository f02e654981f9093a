"""Practice quizzes and timed mock exams: questions (pure), sessions (pure), storage and screens."""
