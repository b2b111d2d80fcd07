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

// lists holds a list for each number (a term), cut from one array and
// found by its bounds: list t is all[start[t]:start[t+1]]. Unlike a slice
// of slices it holds no pointer a list for the garbage collector to
// follow, and it is made with two allocations. It is built in three
// steps: count each value's list, alloc, then push the values in order.
type lists[T any] struct {
	start []int32
	all   []T
}

// newLists makes the lists of n numbers, for counting.
func newLists[T any](n int) lists[T] {
	return lists[T]{start: make([]int32, n+2)}
}

// count counts a value of list t.
func (l *lists[T]) count(t int32) { l.start[t+2]++ }

// alloc makes the array, once every value is counted: start[t+1] is then
// where list t begins, and each push moves it on, to where list t ends.
func (l *lists[T]) alloc() {
	for k := 2; k < len(l.start); k++ {
		l.start[k] += l.start[k-1]
	}
	l.all = make([]T, l.start[len(l.start)-1])
}

// push appends v to list t.
func (l *lists[T]) push(t int32, v T) {
	l.all[l.start[t+1]] = v
	l.start[t+1]++
}

// of returns list t, which appending never changes.
func (l *lists[T]) of(t int32) []T {
	return l.all[l.start[t]:l.start[t+1]:l.start[t+1]]
}
