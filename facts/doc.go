// Package facts turns an encyclopedia article into a fact base and answers
// from it: topic lookups, free-text questions and "on this day".
//
// Parse reads the article's text format into sections and facts (sentences,
// list items and infobox lines, each with its citations, dates, numbers and
// names). New indexes an article into a Base, whose methods answer:
// Topic for "/fact embassy", Ask for "when were relations established?",
// OnThisDay for a date, and Topics for autocomplete. Every answer quotes
// the article verbatim and cites the sections it came from; when the
// article does not say, the answer is not found and suggests close topics.
//
// Ask is a pipeline, a file a stage: analyse (analyze.go), retrieve
// (retrieve.go, BM25F), rank (features.go), decide (ask.go) and present
// (present.go). The numbers that steer it are fitted on question sets by
// the fitting program in fit_test.go, which writes model_gen.go.
//
// The package knows nothing of Discord or terminals, and imports only the
// standard library, github.com/sahilm/fuzzy and the Porter2 stemmer of
// github.com/kljensen/snowball.
package facts
