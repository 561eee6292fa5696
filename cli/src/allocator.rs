//! The process's allocator: mimalloc, which serves the analysis's millions of small syntax
//! and value nodes faster than glibc.
//!
//! Not the `mimalloc` crate's `GlobalAlloc`: it asks for every block through mimalloc's
//! aligned entry point, whose fast path only covers blocks up to 1 KiB; a larger block whose
//! size is not a power of two is over-allocated by its alignment and carved out on the slow
//! path (tale's `check --no-cache`: 415,000 of 2.5 million allocations, ~5 % of all
//! instructions). `mi_malloc` guarantees 16-byte alignment, which is all Rust asks of almost
//! every type.

use std::alloc::{GlobalAlloc, Layout};
use std::ffi::c_void;

use libmimalloc_sys as mi;

/// The alignment `mi_malloc` guarantees for any block at least that large (`MI_MAX_ALIGN_SIZE`).
const GUARANTEED_ALIGN: usize = 16;

pub struct Mimalloc;

/// Whether a plain block of `size` bytes is aligned enough for `align` (Rust's sizes are
/// multiples of their alignment, but a zero size is not).
fn plain(align: usize, size: usize) -> bool {
    align <= GUARANTEED_ALIGN && align <= size
}

type Plain = unsafe extern "C" fn(usize) -> *mut c_void;
type Aligned = unsafe extern "C" fn(usize, usize) -> *mut c_void;

/// A block for `layout` from `plain` when its alignment is enough, else from `aligned`.
///
/// # Safety
/// As `GlobalAlloc::alloc`: `layout` has a non-zero size.
unsafe fn allocate(layout: Layout, plain_entry: Plain, aligned_entry: Aligned) -> *mut u8 {
    // SAFETY: plain FFI calls; mimalloc returns null when out of memory.
    unsafe {
        if plain(layout.align(), layout.size()) {
            plain_entry(layout.size()).cast()
        } else {
            aligned_entry(layout.size(), layout.align()).cast()
        }
    }
}

// SAFETY: every block comes from mimalloc, aligned as `layout` asks (by `mi_malloc`'s
// guarantee or by the aligned entry points), and is freed or resized by mimalloc.
unsafe impl GlobalAlloc for Mimalloc {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        // SAFETY: the caller's contract is `allocate`'s.
        unsafe { allocate(layout, mi::mi_malloc, mi::mi_malloc_aligned) }
    }

    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        // SAFETY: as in `alloc`.
        unsafe { allocate(layout, mi::mi_zalloc, mi::mi_zalloc_aligned) }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, _layout: Layout) {
        // SAFETY: `ptr` was allocated by mimalloc (the caller's contract).
        unsafe { mi::mi_free(ptr.cast::<c_void>()) }
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        // SAFETY: `ptr` was allocated by mimalloc with `layout` (the caller's contract).
        unsafe {
            if plain(layout.align(), new_size) {
                mi::mi_realloc(ptr.cast::<c_void>(), new_size).cast()
            } else {
                mi::mi_realloc_aligned(ptr.cast::<c_void>(), new_size, layout.align()).cast()
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every alignment Rust may ask for is honoured, through both paths, also after growing.
    #[test]
    fn blocks_are_aligned_as_asked_through_both_paths() {
        let allocator = Mimalloc;
        for align in [1, 2, 4, 8, 16, 32, 64, 4096] {
            for size in [align, 24, 1040, 70_000usize] {
                let size = size.next_multiple_of(align);
                let layout = Layout::from_size_align(size, align).unwrap();
                // SAFETY: a non-zero layout; each block is written within its size and freed once.
                unsafe {
                    let block = allocator.alloc(layout);
                    assert!(!block.is_null());
                    assert_eq!(block as usize % align, 0, "size {size} align {align}");
                    block.write_bytes(0xa5, size);
                    let grown = allocator.realloc(block, layout, size * 3);
                    assert_eq!(
                        grown as usize % align,
                        0,
                        "grown: size {size} align {align}"
                    );
                    assert_eq!(*grown.add(size - 1), 0xa5, "realloc kept the contents");
                    allocator.dealloc(grown, Layout::from_size_align(size * 3, align).unwrap());
                    let zeroed = allocator.alloc_zeroed(layout);
                    assert_eq!(zeroed as usize % align, 0);
                    assert!((0..size).all(|i| *zeroed.add(i) == 0));
                    allocator.dealloc(zeroed, layout);
                }
            }
        }
    }
}
