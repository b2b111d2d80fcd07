// Package snowflake checks Discord IDs. Guild, channel and user IDs are
// snowflakes: unsigned 64-bit numbers written in decimal. Settings, the
// /daily command and the store all check the IDs they take with Valid, so
// that "@everyone" or "#general" never becomes a channel to post to.
package snowflake

import "strconv"

// Valid reports whether s is a snowflake: a decimal number without sign
// or leading zero that fits in 64 bits.
func Valid(s string) bool {
	if s == "" || s[0] == '0' {
		return false
	}
	_, err := strconv.ParseUint(s, 10, 64)
	return err == nil
}
