//! Every environment variable the program reads, in one place.
