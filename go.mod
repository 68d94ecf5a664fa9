module github.com/hourglass-exchange/hourglass

go 1.26.8

require (
	github.com/cockroachdb/datadriven v1.0.3
	github.com/shopspring/decimal v1.6.0
	github.com/ulikunitz/xz v0.5.17
)

require github.com/pmezard/go-difflib v1.0.0 // indirect
