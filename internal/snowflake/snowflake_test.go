package snowflake

import "testing"

func TestValid(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"444444444444444444", true},
		{"1", true},
		{"18446744073709551615", true},  // the largest uint64
		{"18446744073709551616", false}, // one more
		{"", false},
		{"0", false},
		{"0123", false},
		{"+123", false},
		{"-123", false},
		{"@everyone", false},
		{"<#444444444444444444>", false},
		{"12 34", false},
		{"１２３", false}, // full-width digits
	}
	for _, tt := range tests {
		if got := Valid(tt.in); got != tt.want {
			t.Errorf("Valid(%q) = %v; want %v", tt.in, got, tt.want)
		}
	}
}
