// pdf.js ships no types for its worker module, which the OFD writer only imports to load it early.
declare module 'pdfjs-dist/legacy/build/pdf.worker.mjs';
