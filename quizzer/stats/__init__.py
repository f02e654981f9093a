"""``quizzer stats``: figures from the review log (SQL aggregation), computed
purely (:mod:`~quizzer.stats.compute`) and drawn with rich (:mod:`~quizzer.stats.render`)."""
