package facts

import "strings"

// FormatText renders an answer for a terminal: the answer, then one
// "Source:" line per citation, naming its article and section, then the
// other articles that answer too, or the topics it suggests.
func FormatText(a Answer) string {
	var b strings.Builder
	b.WriteString(a.Text)
	b.WriteByte('\n')
	for _, c := range a.Citations {
		b.WriteString("Source: " + c.Where() + " — " + c.URL + "\n")
	}
	if len(a.AlsoIn) > 0 {
		b.WriteString("Also in: " + strings.Join(a.AlsoIn, ", ") + "\n")
	}
	if !a.Found && len(a.Suggestions) > 0 {
		b.WriteString("Did you mean: " + strings.Join(a.Suggestions, ", ") + "?\n")
	}
	return b.String()
}

// Where names what a citation points to: the article, then the section
// path ("Albania–Israel relations › History › Communist Albania"); the
// section alone for a page that is not one of the articles.
func (c Citation) Where() string {
	if c.Article == "" {
		return c.Section
	}
	return c.Article + " › " + c.Section
}
