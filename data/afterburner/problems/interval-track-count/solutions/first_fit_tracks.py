from typing import List


class Solution:
    def minTracks(self, intervals: List[List[int]]) -> int:
        intervals.sort()
        tracks = []  # end time of the last booking placed on each track
        for s, e in intervals:
            for i, end in enumerate(tracks):
                if end <= s:
                    tracks[i] = e
                    break
            else:
                tracks.append(e)
        return len(tracks)
