//! The borrowed path allocates nothing: a counting global allocator (this test binary's only
//! allocator) sees zero allocations while a typical error body is classified, and while the
//! generated conversions run and write their text into a buffer with room.

// The counting allocator comes from `allocation-counter`, so the workspace's code forbids
// `unsafe` with no exception, this test included.
fn allocations(run: impl FnOnce()) -> u64 {
    allocation_counter::measure(run).count_total
}

#[test]
fn classifying_a_typical_body_allocates_nothing() {
    let bodies: [(u16, &[u8]); 4] = [
        (401, br#"{"error":"unauthorized","exception":"EasemobSecurityException","timestamp":1700000000000,"duration":0,"error_description":"Unable to authenticate due to expired access token"}"#),
        (403, br#"{"error":"forbidden_op","error_description":"can not join this group, reason:user: alice already in group: 40659491815425.","timestamp":1700000000000,"duration":1}"#),
        (429, br#"{"error":"reach_limit","error_description":"This request has reached api limit"}"#),
        (502, b"<html><body>502 Bad Gateway</body></html>"),
    ];
    for (status, body) in bodies {
        let mut matched = false;
        let mut params = 0;
        let count = allocations(|| {
            let classified = im_errors::classify(status, body);
            params = classified.params().count();
            matched = classified.case.is_some();
        });
        assert_eq!(count, 0, "status {status}: {params} params");
        assert!(matched || status == 502);
    }
}

#[test]
fn generated_conversions_and_text_allocate_nothing() {
    use im_errors::{ErrorType, HttpStatus, SdkCode};
    use std::fmt::Write;

    let mut buffer = String::with_capacity(256 * 1024);
    let mut known = 0;
    let count = allocations(|| {
        for code in -10..1400 {
            let code = SdkCode::from(code);
            known += usize::from(code.is_known());
            let _ = write!(buffer, "{code}");
            buffer.push_str(code.name());
            buffer.push_str(code.message_en());
        }
        for status in 0..=u16::MAX {
            let status = HttpStatus::from(status);
            known += usize::from(status.is_known());
            if status.code() % 100 == 0 {
                let _ = write!(buffer, "{status}");
            }
        }
        for name in ["USER_NOT_FOUND", "SERVER_BUSY", "NO_SUCH_CODE"] {
            known += usize::from(name.parse::<SdkCode>().is_ok());
        }
        for wire in ["reach_limit", "Request Entity Too Large", "FORBIDDEN"] {
            let error_type = ErrorType::from(wire);
            known += usize::from(error_type.is_known());
            let _ = write!(buffer, "{error_type}");
        }
    });
    assert_eq!(
        count,
        0,
        "{known} known values, {} bytes written",
        buffer.len()
    );
    assert_eq!(known, SdkCode::COUNT + HttpStatus::COUNT + 2 + 3);
}
