struct Solution;

impl Solution {
    pub fn tree_height(n: i32, edges: Vec<Vec<i32>>) -> i32 {
        let n = n as usize;
        let mut graph: Vec<Vec<usize>> = vec![Vec::new(); n + 1];
        for e in &edges {
            let (u, v) = (e[0] as usize, e[1] as usize);
            graph[u].push(v);
            graph[v].push(u);
        }
        let mut height = 0;
        let mut stack = vec![(1usize, 0usize, 0i32)]; // node, parent, depth
        while let Some((node, parent, d)) = stack.pop() {
            height = height.max(d);
            for &child in &graph[node] {
                if child != parent {
                    stack.push((child, node, d + 1));
                }
            }
        }
        height
    }
}
