//! The one accumulator of diagnostics that parsing, attributes and validation all report to,
//! so that every mistake in an invocation is reported at once.

use quote::ToTokens;
use std::collections::HashMap;
use std::hash::Hash;

#[derive(Default)]
pub struct Errors(Option<syn::Error>);

impl Errors {
    pub fn push(&mut self, error: syn::Error) {
        match &mut self.0 {
            Some(errors) => errors.combine(error),
            None => self.0 = Some(error),
        }
    }

    /// An error spanned on `tokens`.
    pub fn at(&mut self, tokens: impl ToTokens, message: impl std::fmt::Display) {
        self.push(syn::Error::new_spanned(tokens, message));
    }

    /// An error at the second occurrence of something, with a note at the first.
    pub fn duplicate(
        &mut self,
        second: impl ToTokens,
        message: impl std::fmt::Display,
        first: impl ToTokens,
    ) {
        self.at(second, message);
        self.at(first, "first defined here");
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_none()
    }

    pub fn finish(self) -> syn::Result<()> {
        self.0.map_or(Ok(()), Err)
    }
}

/// Records `value` under `key` unless the key was seen before, and then returns what was
/// recorded first: the one question behind every uniqueness check.
pub fn first_seen<K: Eq + Hash, V: Copy>(seen: &mut HashMap<K, V>, key: K, value: V) -> Option<V> {
    if let Some(first) = seen.get(&key) {
        return Some(*first);
    }
    seen.insert(key, value);
    None
}
