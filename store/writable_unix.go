//go:build unix

package store

import "syscall"

// writable reports whether this process may write path.
func writable(path string) bool {
	return syscall.Access(path, 2 /* W_OK */) == nil
}
