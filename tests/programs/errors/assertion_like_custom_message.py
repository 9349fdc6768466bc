# covers: raising Exception with several args: the message shows the args tuple
raise Exception("code", 42)
