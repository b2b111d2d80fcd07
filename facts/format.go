package facts

import "strings"

// FormatText renders an answer for a terminal: the answer, then one
// "Source:" line per citation, then a blank line.
func FormatText(a Answer) string {
	var b strings.Builder
	b.WriteString(a.Text)
	b.WriteByte('\n')
	for _, c := range a.Citations {
		b.WriteString("Source: " + c.Section + " — " + c.URL + "\n")
	}
	if !a.Found && len(a.Suggestions) > 0 {
		b.WriteString("Did you mean: " + strings.Join(a.Suggestions, ", ") + "?\n")
	}
	return b.String()
}
