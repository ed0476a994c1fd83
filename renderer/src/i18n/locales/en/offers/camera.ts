/** The redemption desk's "scan with the camera" texts. */
export default {
  camera: {
    open: 'Scan with the camera',
    title: 'Scan with the camera',
    choose: 'Camera',
    unnamed: 'Camera {{n}}',
    video: 'Camera picture',
    starting: 'Opening the camera…',
    hint: "Ask the customer to hold the voucher's QR code up to the camera. This closes once it is read.",
    notVoucher:
      "That QR code is not a voucher's. Ask the customer to open the voucher's code page and scan again.",
    retry: 'Try again',
    close: 'Close',
    problem: {
      no_camera: {
        title: 'No camera found',
        help: 'This computer has no camera to use. Connect one and try again, or type the code or use the scanner.',
      },
      denied: {
        title: 'The camera is not allowed',
        help: 'Allow this app to use the camera (in the browser’s address bar, or the system’s Privacy → Camera settings), then choose Try again.',
      },
      busy: {
        title: 'Another program is using the camera',
        help: 'Close the program using the camera (a video call, for one), then choose Try again.',
      },
      failed: {
        title: 'The camera could not be opened',
        help: 'Choose Try again; if it still fails, type the code or use the scanner.',
      },
      decoder: {
        title: 'The QR decoder did not load',
        help: 'Restart the app and try again; until then, type the code or use the scanner.',
      },
    },
  },
};
