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

/// Every code of an SDK table converted from its number and written out, and the numbers
/// just below its smallest code and just above its largest, which no entry has: the walk
/// follows the table's `ALL`, so a code added anywhere in the i32 range is in it. Returns how
/// many of the values were known.
fn walk_sdk_table<T>(buffer: &mut String, text: impl Fn(&T) -> [&'static str; 2]) -> usize
where
    T: im_errors::Code + Copy + From<i32>,
    i32: From<T>,
{
    use std::fmt::Write;

    let mut known = 0;
    let numbers = T::all().iter().map(|code| i32::from(*code));
    let (Some(smallest), Some(largest)) = (numbers.clone().min(), numbers.clone().max()) else {
        return 0;
    };
    let outside = [smallest.checked_sub(1), largest.checked_add(1)];
    for number in numbers.chain(outside.into_iter().flatten()) {
        let code = T::from(number);
        known += usize::from(code.entry().is_some());
        let _ = write!(buffer, "{code}");
        for text in text(&code) {
            buffer.push_str(text);
        }
    }
    known
}

#[test]
fn generated_conversions_and_text_allocate_nothing() {
    use im_errors::{ErrorType, HttpStatus, NativeSdkCode, SdkCode};
    use std::fmt::Write;

    let mut buffer = String::with_capacity(256 * 1024);
    let mut known = 0;
    let count = allocations(|| {
        known += walk_sdk_table(&mut buffer, |code: &SdkCode| {
            [code.name(), code.message_en()]
        });
        known += walk_sdk_table(&mut buffer, |code: &NativeSdkCode| {
            [code.name(), code.message_en()]
        });
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
    let sdk_codes = SdkCode::COUNT + NativeSdkCode::COUNT;
    assert_eq!(known, sdk_codes + HttpStatus::COUNT + 2 + 3);
}
