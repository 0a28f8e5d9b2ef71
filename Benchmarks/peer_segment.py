# A peer segmenter for Benchmarks/bench.sh: jieba or rjieba over every line of a file.
# usage: peer_segment.py jieba|rjieba hmm|nohmm FILE
import sys, time
tool, hmm, path = sys.argv[1], sys.argv[2] == "hmm", sys.argv[3]
text = open(path, encoding="utf-8").read()
lines = text.split("\n")
out = sys.stdout
if tool == "jieba":
    import jieba
    jieba.initialize()
    for line in lines:
        out.write(" ".join(w for w in jieba.cut(line, HMM=hmm) if not w.isspace()) + "\n")
else:
    import rjieba
    for line in lines:
        out.write(" ".join(w for w in rjieba.cut(line, hmm) if not w.isspace()) + "\n")
