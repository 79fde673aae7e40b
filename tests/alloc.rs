//! The borrowed path allocates nothing: a counting global allocator (this test binary's only
//! allocator) sees zero allocations while a typical error body is classified, and while the
//! generated conversions run and write their text into a buffer with room.

use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;

struct Counting;

thread_local! {
    // Per thread, as the test harness runs tests side by side.
    static ALLOCATIONS: Cell<usize> = const { Cell::new(0) };
}

fn allocations() -> usize {
    ALLOCATIONS.with(Cell::get)
}

// SAFETY: forwards every call to the system allocator unchanged; only counts.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        // A thread being torn down has no counter left; its allocations are not ours.
        let _ = ALLOCATIONS.try_with(|count| count.set(count.get() + 1));
        // SAFETY: the caller's contract is passed on as is.
        unsafe { System.alloc(layout) }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        // SAFETY: the caller's contract is passed on as is.
        unsafe { System.dealloc(ptr, layout) }
    }
}

#[global_allocator]
static COUNTING: Counting = Counting;

#[test]
fn classifying_a_typical_body_allocates_nothing() {
    let bodies: [(u16, &[u8]); 4] = [
        (401, br#"{"error":"unauthorized","exception":"EasemobSecurityException","timestamp":1700000000000,"duration":0,"error_description":"Unable to authenticate due to expired access token"}"#),
        (403, br#"{"error":"forbidden_op","error_description":"can not join this group, reason:user: alice already in group: 40659491815425.","timestamp":1700000000000,"duration":1}"#),
        (429, br#"{"error":"reach_limit","error_description":"This request has reached api limit"}"#),
        (502, b"<html><body>502 Bad Gateway</body></html>"),
    ];
    for (status, body) in bodies {
        let before = allocations();
        let classified = im_errors::classify(status, body);
        let params = classified.params().count();
        let after = allocations();
        assert_eq!(after - before, 0, "status {status}: {params} params");
        assert!(classified.case.is_some() || status == 502);
    }
}

#[test]
fn generated_conversions_and_text_allocate_nothing() {
    use im_errors::{ErrorType, HttpStatus, SdkCode};
    use std::fmt::Write;

    let mut buffer = String::with_capacity(256 * 1024);
    let before = allocations();
    let mut known = 0;
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
    let after = allocations();
    assert_eq!(
        after - before,
        0,
        "{known} known values, {} bytes written",
        buffer.len()
    );
    assert_eq!(known, SdkCode::COUNT + HttpStatus::COUNT + 2 + 3);
}
