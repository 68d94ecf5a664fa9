package service

// Judge runs one round of s's verdicts now, as the relay loop does at
// every poll: a test that moves the fake clock knows it ran.
func Judge(s *Service) { s.judge() }
