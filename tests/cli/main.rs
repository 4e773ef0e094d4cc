//! Integration tests, in one binary (link time dominates on small machines).

mod conformance;
