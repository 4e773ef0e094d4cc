//! Attribution: who the article says a figure comes from.
