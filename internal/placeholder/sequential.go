package placeholder

// Sequential reports a value typed by counting: its letters, taken alone,
// and its digits, taken alone, mostly step to the next letter or digit
// (A1B2C3D4E5F6G7H8I9J0: ABCDEFGHIJ and 1234567890; 1234abcd-12ab-34cd).
// In a random value a step happens once in 26 or once in 10 pairs;
// TestSequentialRandom measures it on random strings.
func Sequential(v string) bool {
	var steps, pairs int
	var prevL, prevD byte
	for i := 0; i < len(v); i++ {
		c := v[i]
		switch {
		case isLower(c | 0x20):
			c |= 0x20
			if prevL != 0 {
				pairs++
				if c == prevL+1 {
					steps++
				}
			}
			prevL = c
		case isDigit(c):
			if prevD != 0 {
				pairs++
				if c == prevD+1 || prevD == '9' && c == '0' {
					steps++
				}
			}
			prevD = c
		}
	}
	return pairs >= 8 && float64(steps) >= 0.6*float64(pairs)
}
