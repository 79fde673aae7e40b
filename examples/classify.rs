//! Classifies a handful of responses as the IM REST API sends them, and prints what a caller
//! would act on. Run with `cargo run --example classify`.

fn main() {
    let responses: [(u16, &[u8]); 6] = [
        (401, br#"{"error":"unauthorized","exception":"EasemobSecurityException","timestamp":1700000000000,"duration":0,"error_description":"Unable to authenticate due to expired access token"}"#),
        (403, br#"{"error":"forbidden_op","error_description":"can not join this group, reason:user: alice already in group: 40659491815425.","timestamp":1700000000000,"duration":2}"#),
        (400, br#"{"error":"duplicate_unique_property_exists","error_description":"Application null Entity user requires that property named username be unique, value of bob exists"}"#),
        (429, br#"{"error":"reach_limit","error_description":"This request has reached api limit"}"#),
        (413, br#"{"error":"Request Entity Too Large","error_description":"Request Entity Too Large"}"#),
        (502, b"<html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>"),
    ];
    for (status, body) in responses {
        let error = im_errors::classify(status, body);
        println!("{}", error.status);
        match error.case {
            Some(case) => println!(
                "  case:   {}::{} ({})",
                case.table().name,
                case.variant_name(),
                case.message_en()
            ),
            None => println!("  case:   none documented ({})", error.body),
        }
        for (name, value) in error.params() {
            println!("  param:  {name} = {value}");
        }
        let backoff = error
            .suggested_backoff(0)
            .map_or_else(String::new, |wait| format!(", first wait {wait:?}"));
        println!(
            "  advice: {} (retryable: {}{backoff})",
            error.advice.message_en(),
            error.is_retryable()
        );
    }
}
