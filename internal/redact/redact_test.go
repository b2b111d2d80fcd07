package redact

import (
	"strings"
	"testing"
)

func TestURL(t *testing.T) {
	tests := []struct{ in, want string }{
		{"https://discord.com/api/v9/", "https://discord.com/api/v9/"},
		{"https://user:hunter2@proxy.example/api/", "https://user:xxxxx@proxy.example/api/"},
		{"http://user:hunter2@proxy example/api/", "http://xxxxx@proxy example/api/"}, // does not parse
		{"http://user:hunter2@[::1/api", "http://xxxxx@[::1/api"},
		{"no url", "no url"},
	}
	for _, tt := range tests {
		if got := URL(tt.in); got != tt.want {
			t.Errorf("URL(%q) = %q; want %q", tt.in, got, tt.want)
		}
	}
}

func TestURLs(t *testing.T) {
	in := `Get "https://bob:hunter2@a.example/x": dial; then postgres://u:pw@db:5432/x and http://c.example/@notuser`
	got := URLs(in)
	for _, secret := range []string{"hunter2", "u:pw", "bob"} {
		if strings.Contains(got, secret) {
			t.Errorf("URLs(%q) = %q keeps %q", in, got, secret)
		}
	}
	if !strings.Contains(got, "http://c.example/@notuser") || !strings.Contains(got, "xxxxx@db:5432/x") {
		t.Errorf("URLs(%q) = %q", in, got)
	}
}
