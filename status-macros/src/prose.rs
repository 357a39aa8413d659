//! Lists in prose, as messages and generated docs write them: `a`, `b` or `c`.

/// The items joined by commas, the last by `conjunction`: `a, b and c`; one item alone, and
/// nothing for none.
pub fn series<T: AsRef<str>>(items: &[T], conjunction: &str) -> String {
    match items.split_last() {
        Some((last, rest)) if !rest.is_empty() => {
            let rest: Vec<&str> = rest.iter().map(AsRef::as_ref).collect();
            format!("{} {conjunction} {}", rest.join(", "), last.as_ref())
        }
        Some((last, _)) => last.as_ref().to_owned(),
        None => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::series;

    #[test]
    fn joins_with_commas_then_the_conjunction() {
        assert_eq!(series::<&str>(&[], "or"), "");
        assert_eq!(series(&["a"], "or"), "a");
        assert_eq!(series(&["a", "b"], "and"), "a and b");
        assert_eq!(series(&["a", "b", "c"], "or"), "a, b or c");
    }
}
