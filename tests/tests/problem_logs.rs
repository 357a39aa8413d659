//! What a derived error's answer logs, read back by a subscriber of the test's own.
//!
//! Alone in its test binary: tracing caches whether a callsite is enabled, process-wide, and a
//! callsite first reached on another test's thread while this test installs its subscriber can
//! be cached as disabled for good (the registration and the rebuild of interests race). No
//! other test here reaches the logging callsite, so the subscriber sees every event.

mod store;

use store::{StoreError, disk_error};

/// Events as the subscriber saw them: each one's level and fields, as text.
#[derive(Clone, Default)]
struct Events(std::sync::Arc<std::sync::Mutex<Vec<(tracing::Level, String)>>>);

impl tracing::Subscriber for Events {
    fn enabled(&self, _: &tracing::Metadata<'_>) -> bool {
        true
    }
    fn new_span(&self, _: &tracing::span::Attributes<'_>) -> tracing::span::Id {
        tracing::span::Id::from_u64(1)
    }
    fn record(&self, _: &tracing::span::Id, _: &tracing::span::Record<'_>) {}
    fn record_follows_from(&self, _: &tracing::span::Id, _: &tracing::span::Id) {}
    fn event(&self, event: &tracing::Event<'_>) {
        struct Fields(String);
        impl tracing::field::Visit for Fields {
            fn record_debug(&mut self, field: &tracing::field::Field, value: &dyn std::fmt::Debug) {
                self.0.push_str(&format!("{}={value:?} ", field.name()));
            }
        }
        let mut fields = Fields(String::new());
        event.record(&mut fields);
        self.0
            .lock()
            .unwrap()
            .push((*event.metadata().level(), fields.0));
    }
    fn enter(&self, _: &tracing::span::Id) {}
    fn exit(&self, _: &tracing::span::Id) {}
}

#[test]
fn a_5xx_carries_and_logs_what_it_withholds() {
    let events = Events::default();
    let response = tracing::subscriber::with_default(events.clone(), || {
        axum::response::IntoResponse::into_response(disk_error())
    });
    let withheld = response.extensions().get::<status::Withheld>().unwrap();
    assert_eq!(withheld.message(), "could not read /var/lib/store/users");
    assert_eq!(withheld.sources(), ["sector 7 unreadable"]);
    assert_eq!(
        withheld.to_string(),
        "could not read /var/lib/store/users: sector 7 unreadable"
    );
    let events = events.0.lock().unwrap().clone();
    assert_eq!(events.len(), 1, "{events:?}");
    assert_eq!(events[0].0, tracing::Level::ERROR);
    assert!(events[0].1.contains("status=500"), "{events:?}");
    assert!(events[0].1.contains("sector 7 unreadable"), "{events:?}");

    // A 4xx withholds nothing: its detail is the client's; it is logged at debug.
    let events = Events::default();
    let response = tracing::subscriber::with_default(events.clone(), || {
        axum::response::IntoResponse::into_response(StoreError::Missing("k".into()))
    });
    assert!(response.extensions().get::<status::Withheld>().is_none());
    assert_eq!(events.0.lock().unwrap()[0].0, tracing::Level::DEBUG);

    // actix-web's response carries it too.
    let response = actix_web::ResponseError::error_response(&disk_error());
    assert_eq!(
        response
            .extensions()
            .get::<status::Withheld>()
            .map(ToString::to_string),
        Some("could not read /var/lib/store/users: sector 7 unreadable".to_owned())
    );
}
