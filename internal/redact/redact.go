// Package redact masks the credentials in URLs, for errors and logs:
// DISCORD_API_URL and DATABASE_URL may carry a user and password
// (https://user:password@proxy/…), and an error that quotes such a URL
// must not show the password.
package redact

import (
	"net/url"
	"strings"
)

// URL returns u with its user information masked: "xxxxx" in place of the
// password when u parses, in place of everything between "://" and "@"
// when it does not. A URL without user information is returned as is.
func URL(u string) string {
	if p, err := url.Parse(u); err == nil && p.User != nil {
		return p.Redacted()
	}
	return URLs(u)
}

// URLs masks the user information of every URL in a text (between "://"
// and the last "@" before the end of the host).
func URLs(s string) string {
	if !strings.Contains(s, "://") || !strings.Contains(s, "@") {
		return s
	}
	var b strings.Builder
	for {
		i := strings.Index(s, "://")
		if i < 0 {
			break
		}
		hostEnd := strings.IndexAny(s[i+3:], " \t\n\"'/<>")
		if hostEnd < 0 {
			hostEnd = len(s) - i - 3
		}
		host := s[i+3 : i+3+hostEnd]
		if at := strings.LastIndexByte(host, '@'); at >= 0 {
			host = "xxxxx" + host[at:]
		}
		b.WriteString(s[:i+3])
		b.WriteString(host)
		s = s[i+3+hostEnd:]
	}
	b.WriteString(s)
	return b.String()
}
