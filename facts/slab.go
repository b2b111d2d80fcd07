package facts

// slab cuts small slices from large arrays, so that indexing makes a few
// large allocations instead of one or more a fact.
type slab[T any] struct {
	free  []T
	chunk int // how many values to allocate at a time, at least; 1024 when 0
}

// take returns an empty slice with room for n values: appending up to n
// values never reaches another slice's, and appending more copies it.
func (s *slab[T]) take(n int) []T {
	if n > cap(s.free)-len(s.free) {
		chunk := s.chunk
		if chunk <= 0 {
			chunk = 1024
		}
		s.free = make([]T, 0, max(n, chunk))
	}
	k := len(s.free)
	s.free = s.free[:k+n]
	return s.free[k : k : k+n]
}

// keep returns a copy of v cut from the slab, or nil when v is empty: a
// list built in a scratch buffer, kept without an allocation of its own.
func (s *slab[T]) keep(v []T) []T {
	if len(v) == 0 {
		return nil
	}
	return append(s.take(len(v)), v...)
}
