# covers: ZeroDivisionError message for % and // with int operands (differs by version)
print(7 // 2)
print(7 % 0)
