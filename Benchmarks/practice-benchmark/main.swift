print("practice-benchmark: being written")
