//! The `utoipa` feature, whole: every set documents its statuses in an OpenAPI document.

/// The `utoipa` impls of a set, when the facade's `utoipa` feature is on, as `__impl_serde!`.
#[cfg(feature = "utoipa")]
#[doc(hidden)]
#[macro_export]
macro_rules! __impl_utoipa {
    ([$($badge:tt)*] $set:ident) => {
        $($badge)*
        /// One response per status of the set, keyed by its code, described by its
        /// description: `responses(Set)` in `#[utoipa::path]` documents what an endpoint answers.
        #[automatically_derived]
        impl $crate::__private::utoipa::IntoResponses for $set {
            fn responses() -> $crate::__private::utoipa::Responses {
                $crate::__private::utoipa::responses::<$set>()
            }
        }
    };
}

/// Nothing, when the facade's `utoipa` feature is off.
#[cfg(not(feature = "utoipa"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __impl_utoipa {
    ($($set:tt)*) => {};
}

#[cfg(feature = "utoipa")]
pub use ::utoipa::IntoResponses;

#[cfg(feature = "utoipa")]
extern crate std;

/// What `IntoResponses::responses` returns.
#[cfg(feature = "utoipa")]
pub type Responses = std::collections::BTreeMap<
    std::string::String,
    ::utoipa::openapi::RefOr<::utoipa::openapi::response::Response>,
>;

/// The responses of every status of a set, keyed by the code as OpenAPI has it (`"404"`).
#[cfg(feature = "utoipa")]
#[must_use]
pub fn responses<S: crate::Status>() -> Responses {
    S::ALL
        .iter()
        .map(|status| {
            let response = ::utoipa::openapi::response::Response::new(status.description());
            (status.code_str().into(), response.into())
        })
        .collect()
}

/// The `utoipa` impl of a type that derives `IntoProblem`: one response per status it can
/// answer with, each with the problem schema.
#[cfg(all(feature = "utoipa", feature = "problem"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __impl_problem_utoipa {
    (impl [$($params:tt)*] for $error:ty, where [$($where:tt)*]) => {
        /// One response per status the error can answer with, keyed by its code, described by
        /// the docs of the variants that answer with it (the status's description where they
        /// have none), with an `application/problem+json` body of the `Problem` schema.
        #[automatically_derived]
        impl<$($params)*> $crate::__private::utoipa::IntoResponses for $error
        where
            $($where)*
        {
            fn responses() -> $crate::__private::utoipa::Responses {
                $crate::__private::utoipa::problem_responses(
                    &<Self as $crate::IntoProblem>::__documented(),
                )
            }
        }
    };
}

/// Nothing, when the facade's `utoipa` or `problem` feature is off.
#[cfg(not(all(feature = "utoipa", feature = "problem")))]
#[doc(hidden)]
#[macro_export]
macro_rules! __impl_problem_utoipa {
    ($($error:tt)*) => {};
}

#[cfg(all(feature = "utoipa", feature = "problem"))]
pub use self::problem::problem_responses;

#[cfg(all(feature = "utoipa", feature = "problem"))]
mod problem {
    use super::Responses;
    use crate::__private::problem::Documented;
    use crate::{Problem, Status};
    use ::utoipa::openapi::example::ExampleBuilder;
    use ::utoipa::openapi::schema::{
        AdditionalProperties, ObjectBuilder, Schema, SchemaFormat, Type,
    };
    use ::utoipa::openapi::{ContentBuilder, RefOr, ResponseBuilder};
    use alloc::borrow::Cow;
    use alloc::format;
    use alloc::string::{String, ToString};
    use alloc::vec::Vec;
    use core::fmt::Write as _;

    /// One response per status of `documented`, in code order: described by the docs of the
    /// variants that answer with it, each with its `type` and extension members, or by the
    /// status's description where none has docs; its body the `Problem` schema, inline, so
    /// that the document needs no component registered for it; an example for each variant
    /// with a `type`.
    #[must_use]
    pub fn problem_responses<S: Status>(documented: &[Documented<S>]) -> Responses {
        let mut statuses: Vec<S> = documented.iter().map(|entry| entry.status).collect();
        statuses.sort_unstable();
        statuses.dedup();
        statuses
            .into_iter()
            .map(|status| {
                let variants: Vec<&Documented<S>> = documented
                    .iter()
                    .filter(|entry| entry.status == status && !entry.variant.is_empty())
                    .collect();
                let examples = variants.iter().filter_map(|entry| {
                    let uri = entry.type_uri?;
                    let value = serde_json::json!({
                        "type": uri,
                        "title": status.phrase(),
                        "status": status.code(),
                    });
                    let example = ExampleBuilder::new().value(Some(value)).build();
                    Some((entry.variant, example))
                });
                let content = ContentBuilder::new()
                    .schema(Some(<Problem<S> as ::utoipa::PartialSchema>::schema()))
                    .examples_from_iter(examples)
                    .build();
                let response = ResponseBuilder::new()
                    .description(description(status, &variants))
                    .content(Problem::<S>::CONTENT_TYPE, content)
                    .build();
                (status.code_str().into(), response.into())
            })
            .collect()
    }

    /// The variants' docs, one line each where several answer with the status, or the
    /// status's description.
    fn description<S: Status>(status: S, variants: &[&Documented<S>]) -> String {
        let lines: Vec<String> = variants
            .iter()
            .filter(|entry| !entry.doc.is_empty() || entry.type_uri.is_some())
            .map(|entry| {
                let mut line = String::from(entry.doc);
                if let Some(uri) = entry.type_uri {
                    let _ = write!(line, " Type: `{uri}`.");
                }
                if !entry.extensions.is_empty() {
                    let names: Vec<String> =
                        entry.extensions.iter().map(|n| format!("`{n}`")).collect();
                    let _ = write!(line, " Members: {}.", names.join(", "));
                }
                if variants.len() > 1 {
                    line = format!("- `{}`: {}", entry.variant, line.trim_start());
                }
                line.trim().to_string()
            })
            .collect();
        if lines.is_empty() {
            return status.description().to_string();
        }
        lines.join("\n")
    }

    fn string(description: &str) -> ObjectBuilder {
        ObjectBuilder::new()
            .schema_type(Type::String)
            .description(Some(description))
    }

    #[cfg_attr(docsrs, doc(cfg(all(feature = "utoipa", feature = "problem"))))]
    impl<S: Status> ::utoipa::PartialSchema for Problem<S> {
        /// RFC 9457's members, each optional, and extension members beside them.
        fn schema() -> RefOr<Schema> {
            // RFC 9457 has `type` and `instance` as URI references, relative ones included.
            let uri = |description| {
                string(description).format(Some(SchemaFormat::Custom("uri-reference".to_string())))
            };
            ObjectBuilder::new()
                .description(Some("RFC 9457 problem details."))
                .property(
                    "type",
                    uri(
                        "A URI that identifies the problem type; `about:blank`, the default, says \
                         it is no more than its status.",
                    )
                    .default(Some("about:blank".into())),
                )
                .property("title", string("A short summary of the problem type."))
                .property(
                    "status",
                    ObjectBuilder::new()
                        .schema_type(Type::Integer)
                        .description(Some("The HTTP status code.")),
                )
                .property("detail", string("What went wrong this time."))
                .property("instance", uri("A URI for this occurrence of the problem."))
                .additional_properties(Some(AdditionalProperties::FreeForm(true)))
                .into()
        }
    }

    #[cfg_attr(docsrs, doc(cfg(all(feature = "utoipa", feature = "problem"))))]
    impl<S: Status> ::utoipa::ToSchema for Problem<S> {
        /// `Problem`, whatever the set: every set's problems have one schema.
        fn name() -> Cow<'static, str> {
            Cow::Borrowed("Problem")
        }
    }
}
