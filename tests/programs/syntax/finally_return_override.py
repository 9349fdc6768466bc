# covers: return in finally overriding try's return, finally running on break/continue
def f():
    try:
        return "try"
    finally:
        print("finally runs")
print(f())
for i in range(3):
    try:
        if i == 1:
            continue
        if i == 2:
            break
        print("body", i)
    finally:
        print("fin", i)
