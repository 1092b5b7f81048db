// Times the helpers' kernels in a fresh JVM, for run-jit.sh: the Gram at (100000, 200) twice
// (the second warm), then lstsq on the same data. Prints one line of milliseconds.
var d = dataset(100000, 200);
long t0 = System.nanoTime();
d.stats(wb.numeric.kernel.ProgressListener.NONE);
long gram = (System.nanoTime() - t0) / 1_000_000;
var d2 = dataset(100000, 200);
t0 = System.nanoTime();
d2.stats(wb.numeric.kernel.ProgressListener.NONE);
long gramWarm = (System.nanoTime() - t0) / 1_000_000;
t0 = System.nanoTime();
lstsq(d2);
long qr = (System.nanoTime() - t0) / 1_000_000;
System.out.println(gram + " " + gramWarm + " " + qr);
