//! Programs that use the `status` crate as a downstream user would.
