package facts

import "hash/maphash"

// strTable numbers distinct strings for a lexicon: an open-addressing
// hash table of numbers into the caller's list of the strings (keys[id]),
// kept at most half full. Interning every token of an article this way
// costs a hash and mostly one probe, and a third of the memory of a map
// from strings, which keeps a string header beside each number.
type strTable struct {
	// slots hold, for each number, the high half of its string's hash
	// (which places it: see slot) and the number plus one; 0 is empty.
	slots []uint64
	n     int // numbers held
}

// strSeed hashes the tables' strings. The numbers do not depend on it:
// they are given in the order the strings are added.
var strSeed = maphash.MakeSeed()

func newStrTable(hint int) strTable {
	size := 16
	for size < 2*hint {
		size *= 2
	}
	return strTable{slots: make([]uint64, size)}
}

// find returns the number of w, whose hash is h, or -1 and the slot to
// add it in; keys[id] is the string numbered id.
func (t *strTable) find(h uint64, keys []string, w string) (int32, int) {
	tag := h >> 32
	mask := uint64(len(t.slots) - 1)
	for i := tag & mask; ; i = (i + 1) & mask {
		e := t.slots[i]
		if e == 0 {
			return -1, int(i)
		}
		if e>>32 == tag {
			if id := int32(uint32(e) - 1); keys[id] == w {
				return id, int(i)
			}
		}
	}
}

// findBytes is find for a string in bytes, written out again rather than
// shared through a generic function: each then inlines into the interning
// of every token (shared, the probe costs a call a token, +0.4% of a load).
func (t *strTable) findBytes(h uint64, keys []string, w []byte) (int32, int) {
	tag := h >> 32
	mask := uint64(len(t.slots) - 1)
	for i := tag & mask; ; i = (i + 1) & mask {
		e := t.slots[i]
		if e == 0 {
			return -1, int(i)
		}
		if e>>32 == tag {
			if id := int32(uint32(e) - 1); keys[id] == string(w) {
				return id, int(i)
			}
		}
	}
}

// add puts number id, of a string with hash h, in the slot find gave,
// and doubles the table when it is half full.
func (t *strTable) add(h uint64, slot int, id int32) {
	t.slots[slot] = h>>32<<32 | uint64(uint32(id)+1)
	t.n++
	if 2*t.n <= len(t.slots) {
		return
	}
	old := t.slots
	t.slots = make([]uint64, 2*len(old))
	mask := uint64(len(t.slots) - 1)
	for _, e := range old {
		if e == 0 {
			continue
		}
		i := e >> 32 & mask
		for t.slots[i] != 0 {
			i = (i + 1) & mask
		}
		t.slots[i] = e
	}
}
