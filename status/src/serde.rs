//! Other ways to serialize a set, for `#[serde(with = "..")]`. By default a set serializes as
//! its code, a number.

/// A set as its canonical name, `"NOT_FOUND"`, where the default is the code, `404`.
///
/// It deserializes a name, an alias or a code, as a number or as a three-digit string, so
/// data written either way reads back.
///
/// ```
/// use serde::{Deserialize, Serialize};
/// use status::HttpStatus;
///
/// #[derive(Serialize, Deserialize, Debug, PartialEq)]
/// struct Outcome {
///     #[serde(with = "status::serde::name")]
///     status: HttpStatus,
/// }
///
/// let outcome = Outcome { status: HttpStatus::NotFound };
/// assert_eq!(serde_json::to_string(&outcome).unwrap(), r#"{"status":"NOT_FOUND"}"#);
/// for json in [r#"{"status":"NOT_FOUND"}"#, r#"{"status":404}"#, r#"{"status":"404"}"#] {
///     assert_eq!(serde_json::from_str::<Outcome>(json).unwrap(), outcome);
/// }
/// ```
pub mod name {
    use crate::__private::serde::StatusVisitor;
    use crate::Status;
    use ::serde::{Deserializer, Serializer};
    use core::marker::PhantomData;

    /// Serializes `status` as its canonical name.
    ///
    /// # Errors
    /// The serializer's.
    #[inline]
    pub fn serialize<S: Status, Ser: Serializer>(
        status: &S,
        serializer: Ser,
    ) -> Result<Ser::Ok, Ser::Error> {
        serializer.serialize_str(status.name())
    }

    /// Deserializes a status from its name or an alias, or from its code as a number or a
    /// three-digit string.
    ///
    /// # Errors
    /// A value the set does not have, named in the error.
    pub fn deserialize<'de, S: Status, D: Deserializer<'de>>(
        deserializer: D,
    ) -> Result<S, D::Error> {
        if deserializer.is_human_readable() {
            deserializer.deserialize_any(StatusVisitor(PhantomData))
        } else {
            // What `serialize` writes, in a format that must be told what to read.
            deserializer.deserialize_str(StatusVisitor(PhantomData))
        }
    }
}
