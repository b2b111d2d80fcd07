package fakewiki

import _ "embed"

//go:embed testdata/albania-israel-relations.extract.txt
var albaniaIsraelExtract string

//go:embed testdata/albania-israel-relations.wikitext
var albaniaIsraelWikitext string

// AlbaniaIsraelRevision is the revision AlbaniaIsraelRelations is served at.
const AlbaniaIsraelRevision = 1290004052

// AlbaniaIsraelRelations is the page of the embedded article as the Action
// API serves it: the same text as a plain-text extract ("== Heading =="
// sections, list items as plain lines), and wikitext with its infobox
// (links, a comment and a reference included).
func AlbaniaIsraelRelations() Page {
	return Page{Title: "Albania–Israel relations", Extract: albaniaIsraelExtract, Wikitext: albaniaIsraelWikitext, Revision: AlbaniaIsraelRevision}
}
