module github.com/hourglass-exchange/hourglass

go 1.26.8

require (
	github.com/cockroachdb/datadriven v1.0.3 // indirect
	github.com/pmezard/go-difflib v1.0.0 // indirect
	github.com/shopspring/decimal v1.6.0 // indirect
	github.com/ulikunitz/xz v0.5.17 // indirect
)
