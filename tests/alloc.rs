//! The borrowed path allocates nothing: a counting global allocator (this test binary's only
//! allocator) sees zero allocations while a typical error body is classified.

use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicUsize, Ordering};

struct Counting;

static ALLOCATIONS: AtomicUsize = AtomicUsize::new(0);

// SAFETY: forwards every call to the system allocator unchanged; only counts.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        ALLOCATIONS.fetch_add(1, Ordering::SeqCst);
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
        let before = ALLOCATIONS.load(Ordering::SeqCst);
        let classified = im_errors::classify(status, body);
        let params = classified.params().count();
        let after = ALLOCATIONS.load(Ordering::SeqCst);
        assert_eq!(after - before, 0, "status {status}: {params} params");
        assert!(classified.case.is_some() || status == 502);
    }
}
