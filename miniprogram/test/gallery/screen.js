// The phone the gallery draws: an iPhone X-sized screen, 375 × 812 pt, with a home indicator.
module.exports = { SCREEN: { width: 375, height: 812, statusBar: 44, navBar: 44, homeIndicator: 34 } }
