struct Solution;

struct IndexedHeap {
    heap: Vec<usize>,
    pos: Vec<isize>, // -1 never queued, -2 settled
}

impl IndexedHeap {
    fn sift_up(&mut self, mut i: usize, dist: &[i32]) {
        let v = self.heap[i];
        while i > 0 {
            let p = (i - 1) / 2;
            if dist[self.heap[p]] <= dist[v] {
                break;
            }
            self.heap[i] = self.heap[p];
            self.pos[self.heap[i]] = i as isize;
            i = p;
        }
        self.heap[i] = v;
        self.pos[v] = i as isize;
    }

    fn sift_down(&mut self, mut i: usize, dist: &[i32]) {
        let v = self.heap[i];
        let size = self.heap.len();
        loop {
            let mut c = 2 * i + 1;
            if c >= size {
                break;
            }
            if c + 1 < size && dist[self.heap[c + 1]] < dist[self.heap[c]] {
                c += 1;
            }
            if dist[self.heap[c]] >= dist[v] {
                break;
            }
            self.heap[i] = self.heap[c];
            self.pos[self.heap[i]] = i as isize;
            i = c;
        }
        self.heap[i] = v;
        self.pos[v] = i as isize;
    }
}

impl Solution {
    pub fn min_cost(n: i32, arcs: Vec<Vec<i32>>) -> i32 {
        // Dijkstra with decrease-key: every vertex sits in the heap at most once
        let n = n as usize;
        let mut adj: Vec<Vec<(usize, i32)>> = vec![Vec::new(); n + 1];
        for a in &arcs {
            adj[a[0] as usize].push((a[1] as usize, a[2]));
        }
        let mut dist = vec![i32::MAX; n + 1];
        let mut h = IndexedHeap { heap: vec![1], pos: vec![-1; n + 1] };
        dist[1] = 0;
        h.pos[1] = 0;
        while !h.heap.is_empty() {
            let u = h.heap[0];
            h.pos[u] = -2;
            let last = h.heap.pop().unwrap();
            if !h.heap.is_empty() {
                h.heap[0] = last;
                h.sift_down(0, &dist);
            }
            if u == n {
                return dist[u];
            }
            for &(v, w) in &adj[u] {
                if h.pos[v] == -2 || dist[u] + w >= dist[v] {
                    continue;
                }
                dist[v] = dist[u] + w;
                if h.pos[v] == -1 {
                    h.heap.push(v);
                    let last = h.heap.len() - 1;
                    h.sift_up(last, &dist);
                } else {
                    let p = h.pos[v] as usize;
                    h.sift_up(p, &dist);
                }
            }
        }
        -1
    }
}
