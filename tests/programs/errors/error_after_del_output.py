# covers: __del__ output before an uncaught error at module level is kept in stdout
class T:
    def __del__(self):
        print("freed")
t = T()
del t
undefined_function()
