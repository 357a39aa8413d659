//! A payment service's own status set: the only codes its API answers with, each with the
//! meaning it has there.

status::status_codes! {
    /// What the payment API answers with.
    ///
    /// ```
    /// use status_examples::payments::{PaymentStatus, payment_codes};
    ///
    /// let status: PaymentStatus = "402".parse().unwrap();
    /// assert_eq!(status, PaymentStatus::Declined);
    /// assert_eq!(status.description(), "The card issuer declined the payment.");
    /// assert_eq!(payment_codes::DECLINED, 402);
    /// assert!(PaymentStatus::from_code(404).is_none(), "the API never answers 404");
    /// assert_eq!(PaymentStatus::default(), PaymentStatus::Captured);
    /// ```
    #[derive(Default)]
    pub enum PaymentStatus;
    /// The payment API's codes as `u16` constants.
    pub mod payment_codes;

    #[default]
    200 => CAPTURED, "Captured", "The payment was authorized and captured.";
    202 => PENDING, "Pending", "The payment was accepted and awaits the card network's answer.";
    400 => MALFORMED, "Malformed Request", "The request body is not a valid payment request.";
    #[alias(CARD_DECLINED)]
    402 => DECLINED, "Declined", "The card issuer declined the payment.";
    409 => DUPLICATE, "Duplicate Payment", "A payment with the same idempotency key was already processed.";
    422 => INVALID_CARD, "Invalid Card", "The card number, expiry date or security code is invalid.";
    #[spec = "RFC 6585"]
    429 => RATE_LIMITED, "Rate Limited", "The merchant sent too many requests; retry after the delay given.";
    502 => PROCESSOR_ERROR, "Processor Error", "The card processor answered with an error.";
    504 => PROCESSOR_TIMEOUT, "Processor Timeout", "The card processor did not answer in time.";
}
