//! The `serde` feature, whole: the impls every set gets, and the functions they call.

/// The `serde` impls of a set, when the facade's `serde` feature is on, with the badge
/// `__impl_features!` gives.
#[cfg(feature = "serde")]
#[doc(hidden)]
#[macro_export]
macro_rules! __impl_serde {
    ([$($badge:tt)*] $set:ident) => {
        $($badge)*
        #[automatically_derived]
        impl $crate::__private::serde::Serialize for $set {
            #[inline]
            fn serialize<S: $crate::__private::serde::Serializer>(
                &self,
                serializer: S,
            ) -> ::core::result::Result<S::Ok, S::Error> {
                $crate::__private::serde::serialize(*self, serializer)
            }
        }

        $($badge)*
        #[automatically_derived]
        impl<'de> $crate::__private::serde::Deserialize<'de> for $set {
            #[inline]
            fn deserialize<D: $crate::__private::serde::Deserializer<'de>>(
                deserializer: D,
            ) -> ::core::result::Result<Self, D::Error> {
                $crate::__private::serde::deserialize(deserializer)
            }
        }
    };
}

/// Nothing, when the facade's `serde` feature is off.
#[cfg(not(feature = "serde"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __impl_serde {
    ($($set:tt)*) => {};
}

#[cfg(feature = "serde")]
pub use self::imp::*;

#[cfg(feature = "serde")]
mod imp {
    use crate::Status;
    use ::serde::de::{Error, Unexpected, Visitor};
    pub use ::serde::{Deserialize, Deserializer, Serialize, Serializer};
    use core::fmt;
    use core::marker::PhantomData;

    /// As the code, a number.
    ///
    /// # Errors
    /// The serializer's.
    #[inline]
    pub fn serialize<T: Status, S: Serializer>(
        status: T,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        serializer.serialize_u16(status.code())
    }

    /// From a number, or from a string holding a name, an alias or the three-digit code; a
    /// format that is not self-describing gives the number.
    ///
    /// # Errors
    /// A value the set does not have, named in the error.
    pub fn deserialize<'de, T: Status, D: Deserializer<'de>>(
        deserializer: D,
    ) -> Result<T, D::Error> {
        if deserializer.is_human_readable() {
            deserializer.deserialize_any(StatusVisitor(PhantomData))
        } else {
            deserializer.deserialize_u16(StatusVisitor(PhantomData))
        }
    }

    /// What the impls and `status::serde::name` deserialize with: a code, or a string holding
    /// a name, an alias or the three-digit code.
    pub struct StatusVisitor<T>(pub PhantomData<T>);

    impl<T: Status> Visitor<'_> for StatusVisitor<T> {
        type Value = T;

        fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            write!(
                f,
                "a status code of {}, or the name of one",
                short_type_name::<T>()
            )
        }

        fn visit_u64<E: Error>(self, code: u64) -> Result<T, E> {
            u16::try_from(code)
                .ok()
                .and_then(T::from_code)
                .ok_or_else(|| E::invalid_value(Unexpected::Unsigned(code), &self))
        }

        fn visit_i64<E: Error>(self, code: i64) -> Result<T, E> {
            u16::try_from(code)
                .ok()
                .and_then(T::from_code)
                .ok_or_else(|| E::invalid_value(Unexpected::Signed(code), &self))
        }

        fn visit_str<E: Error>(self, text: &str) -> Result<T, E> {
            // Names, aliases and codes; not what `Display` writes, which is not a value.
            match text.parse::<T>() {
                Ok(status) if !text.contains(' ') => Ok(status),
                _ => Err(E::invalid_value(Unexpected::Str(text), &self)),
            }
        }
    }

    fn short_type_name<T>() -> &'static str {
        let name = core::any::type_name::<T>();
        name.rsplit("::").next().unwrap_or(name)
    }
}
