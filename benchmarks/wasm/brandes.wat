;; Issue 19's WebAssembly experiment: the two hot loops of unweighted
;; betweenness, hand-written so that the comparison with the JIT-compiled
;; TypeScript is loop for loop (same arrays, same order of operations, hence
;; the same floating-point sums bit for bit):
;;   floor(sweeps)  the link-visit floor of benchmarks/lib/link-visit-floor.ts,
;;                  Σ value[targets[k]] over every arc, `sweeps` times;
;;   search(s)      the breadth-first search of the one-source Brandes pass
;;                  (createUnweightedPass in packages/core/src/centrality/
;;                  brandes.ts): σ counted, successors recorded per actor;
;;   accumulate(t)  the back-propagation after a search that reached t actors,
;;                  adding δ_s into bc, then the reset of the distances;
;;   pass(s)        accumulate(search(s)).
;; Memory is imported (one WebAssembly.Memory laid out by kernel.ts, the CSR
;; copied in once); `setup` gives the byte address of each array. Addresses
;; are kept as byte pointers in the loops so that each access is one add.
(module
  (import "env" "memory" (memory 1))
  (global $offsets (mut i32) (i32.const 0))
  (global $targets (mut i32) (i32.const 0))
  (global $arcs (mut i32) (i32.const 0))
  (global $value (mut i32) (i32.const 0))
  (global $dist (mut i32) (i32.const 0))
  (global $sigma (mut i32) (i32.const 0))
  (global $order (mut i32) (i32.const 0))
  (global $successors (mut i32) (i32.const 0))
  (global $segmentEnd (mut i32) (i32.const 0))
  (global $bc (mut i32) (i32.const 0))
  (global $recorded (mut i32) (i32.const 0))

  (func (export "setup")
    (param $o i32) (param $t i32) (param $a i32) (param $v i32) (param $d i32)
    (param $s i32) (param $q i32) (param $u i32) (param $e i32) (param $b i32)
    (global.set $offsets (local.get $o))
    (global.set $targets (local.get $t))
    (global.set $arcs (local.get $a))
    (global.set $value (local.get $v))
    (global.set $dist (local.get $d))
    (global.set $sigma (local.get $s))
    (global.set $order (local.get $q))
    (global.set $successors (local.get $u))
    (global.set $segmentEnd (local.get $e))
    (global.set $bc (local.get $b)))

  (func (export "floor") (param $sweeps i32) (result f64)
    (local $p i32) (local $end i32) (local $value i32) (local $sum f64) (local $total f64)
    (local.set $value (global.get $value))
    (local.set $end (i32.add (global.get $targets) (i32.shl (global.get $arcs) (i32.const 2))))
    (block $done
      (loop $sweep
        (br_if $done (i32.le_s (local.get $sweeps) (i32.const 0)))
        (local.set $sum (f64.const 0))
        (local.set $p (global.get $targets))
        (block $arcsDone
          (loop $arc
            (br_if $arcsDone (i32.ge_u (local.get $p) (local.get $end)))
            (local.set $sum (f64.add (local.get $sum)
              (f64.load (i32.add (local.get $value) (i32.shl (i32.load (local.get $p)) (i32.const 3))))))
            (local.set $p (i32.add (local.get $p) (i32.const 4)))
            (br $arc)))
        (local.set $total (f64.add (local.get $total) (local.get $sum)))
        (local.set $sweeps (i32.sub (local.get $sweeps) (i32.const 1)))
        (br $sweep)))
    (local.get $total))

  ;; Returns the number of actors reached (the length of the visit order).
  (func $search (export "search") (param $s i32) (result i32)
    (local $dist i32) (local $sigma i32) (local $order i32) (local $succ i32)
    (local $offsets i32) (local $targets i32) (local $segmentEnd i32)
    (local $head i32) (local $tail i32) (local $rec i32)
    (local $v i32) (local $next i32) (local $sv f64) (local $k i32) (local $end i32)
    (local $w i32) (local $dw i32) (local $sw i32)
    (local.set $dist (global.get $dist))
    (local.set $sigma (global.get $sigma))
    (local.set $order (global.get $order))
    (local.set $succ (global.get $successors))
    (local.set $offsets (global.get $offsets))
    (local.set $targets (global.get $targets))
    (local.set $segmentEnd (global.get $segmentEnd))
    (i32.store (i32.add (local.get $dist) (i32.shl (local.get $s) (i32.const 2))) (i32.const 0))
    (f64.store (i32.add (local.get $sigma) (i32.shl (local.get $s) (i32.const 3))) (f64.const 1))
    (i32.store (local.get $order) (local.get $s))
    ;; head and tail are byte pointers into order, rec one into successors
    (local.set $head (local.get $order))
    (local.set $tail (i32.add (local.get $order) (i32.const 4)))
    (local.set $rec (local.get $succ))
    (block $searched
      (loop $level
        (br_if $searched (i32.ge_u (local.get $head) (local.get $tail)))
        (local.set $v (i32.load (local.get $head)))
        (local.set $head (i32.add (local.get $head) (i32.const 4)))
        (local.set $next (i32.add (i32.load (i32.add (local.get $dist) (i32.shl (local.get $v) (i32.const 2)))) (i32.const 1)))
        (local.set $sv (f64.load (i32.add (local.get $sigma) (i32.shl (local.get $v) (i32.const 3)))))
        (local.set $k (i32.add (local.get $targets)
          (i32.shl (i32.load (i32.add (local.get $offsets) (i32.shl (local.get $v) (i32.const 2)))) (i32.const 2))))
        (local.set $end (i32.add (local.get $targets)
          (i32.shl (i32.load offset=4 (i32.add (local.get $offsets) (i32.shl (local.get $v) (i32.const 2)))) (i32.const 2))))
        (block $scanned
          (loop $scan
            (br_if $scanned (i32.ge_u (local.get $k) (local.get $end)))
            (local.set $w (i32.load (local.get $k)))
            (local.set $dw (i32.load (i32.add (local.get $dist) (i32.shl (local.get $w) (i32.const 2)))))
            (if (i32.lt_s (local.get $dw) (i32.const 0))
              (then
                (i32.store (i32.add (local.get $dist) (i32.shl (local.get $w) (i32.const 2))) (local.get $next))
                (f64.store (i32.add (local.get $sigma) (i32.shl (local.get $w) (i32.const 3))) (local.get $sv))
                (i32.store (local.get $tail) (local.get $w))
                (local.set $tail (i32.add (local.get $tail) (i32.const 4)))
                (i32.store (local.get $rec) (local.get $w))
                (local.set $rec (i32.add (local.get $rec) (i32.const 4))))
              (else
                (if (i32.eq (local.get $dw) (local.get $next))
                  (then
                    (local.set $sw (i32.add (local.get $sigma) (i32.shl (local.get $w) (i32.const 3))))
                    (f64.store (local.get $sw) (f64.add (f64.load (local.get $sw)) (local.get $sv)))
                    (i32.store (local.get $rec) (local.get $w))
                    (local.set $rec (i32.add (local.get $rec) (i32.const 4)))))))
            (local.set $k (i32.add (local.get $k) (i32.const 4)))
            (br $scan)))
        ;; segmentEnd[v] as an index into successors, as in the TypeScript pass
        (i32.store (i32.add (local.get $segmentEnd) (i32.shl (local.get $v) (i32.const 2)))
          (i32.shr_u (i32.sub (local.get $rec) (local.get $succ)) (i32.const 2)))
        (br $level)))
    (global.set $recorded (i32.shr_u (i32.sub (local.get $rec) (local.get $succ)) (i32.const 2)))
    (i32.shr_u (i32.sub (local.get $tail) (local.get $order)) (i32.const 2)))

  (func (export "pass") (param $s i32)
    (call $accumulate (call $search (local.get $s))))

  ;; After search: adds δ into bc (reached actors in reverse visit order) and
  ;; resets the distances of the `tail` actors reached.
  (func $accumulate (export "accumulate") (param $tail i32)
    (local $dist i32) (local $sigma i32) (local $order i32) (local $succ i32)
    (local $segmentEnd i32) (local $bc i32)
    (local $i i32) (local $w i32) (local $start i32) (local $end i32) (local $k i32)
    (local $sum f64) (local $sw f64) (local $delta f64) (local $at i32)
    (local.set $dist (global.get $dist))
    (local.set $sigma (global.get $sigma))
    (local.set $order (global.get $order))
    (local.set $succ (global.get $successors))
    (local.set $segmentEnd (global.get $segmentEnd))
    (local.set $bc (global.get $bc))
    ;; k, start and end are byte pointers into successors
    (local.set $end (i32.add (local.get $succ) (i32.shl (global.get $recorded) (i32.const 2))))
    (local.set $i (i32.sub (local.get $tail) (i32.const 1)))
    (block $accumulated
      (loop $back
        (br_if $accumulated (i32.le_s (local.get $i) (i32.const 0)))
        (local.set $at (i32.add (local.get $order) (i32.shl (local.get $i) (i32.const 2))))
        (local.set $w (i32.load (local.get $at)))
        (local.set $start (i32.add (local.get $succ) (i32.shl
          (i32.load (i32.add (local.get $segmentEnd) (i32.shl (i32.load offset=0 (i32.sub (local.get $at) (i32.const 4))) (i32.const 2))))
          (i32.const 2))))
        (local.set $sum (f64.const 0))
        (local.set $k (local.get $start))
        (block $summed
          (loop $successor
            (br_if $summed (i32.ge_u (local.get $k) (local.get $end)))
            (local.set $sum (f64.add (local.get $sum)
              (f64.load (i32.add (local.get $sigma) (i32.shl (i32.load (local.get $k)) (i32.const 3))))))
            (local.set $k (i32.add (local.get $k) (i32.const 4)))
            (br $successor)))
        (local.set $end (local.get $start))
        (local.set $sw (f64.load (i32.add (local.get $sigma) (i32.shl (local.get $w) (i32.const 3)))))
        (local.set $delta (f64.mul (local.get $sw) (local.get $sum)))
        (f64.store (i32.add (local.get $bc) (i32.shl (local.get $w) (i32.const 3)))
          (f64.add (f64.load (i32.add (local.get $bc) (i32.shl (local.get $w) (i32.const 3)))) (local.get $delta)))
        (f64.store (i32.add (local.get $sigma) (i32.shl (local.get $w) (i32.const 3)))
          (f64.div (f64.add (f64.const 1) (local.get $delta)) (local.get $sw)))
        (local.set $i (i32.sub (local.get $i) (i32.const 1)))
        (br $back)))
    ;; reset the distances of the actors reached, as the TypeScript pass does
    (local.set $k (local.get $order))
    (local.set $end (i32.add (local.get $order) (i32.shl (local.get $tail) (i32.const 2))))
    (block $reset
      (loop $clear
        (br_if $reset (i32.ge_u (local.get $k) (local.get $end)))
        (i32.store (i32.add (local.get $dist) (i32.shl (i32.load (local.get $k)) (i32.const 2))) (i32.const -1))
        (local.set $k (i32.add (local.get $k) (i32.const 4)))
        (br $clear)))))
