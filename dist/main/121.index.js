export const id = 121;
export const ids = [121];
export const modules = {

/***/ 5121:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   actionsReporter: () => (/* binding */ actionsReporter)
/* harmony export */ });
/* harmony import */ var _workflow_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5809);
/** The engine's Reporter on top of the runner's workflow commands: log lines, groups, annotations and masking. */

const actionsReporter = {
    info: message => _workflow_js__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(message),
    warning: message => _workflow_js__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(message),
    error: message => _workflow_js__WEBPACK_IMPORTED_MODULE_0__/* .error */ .z3(message),
    debug: message => _workflow_js__WEBPACK_IMPORTED_MODULE_0__/* .debug */ .Yz(message),
    group: (title, fn) => _workflow_js__WEBPACK_IMPORTED_MODULE_0__/* .group */ .Os(title, fn),
    mask: secret => _workflow_js__WEBPACK_IMPORTED_MODULE_0__/* .setSecret */ .Pq(secret)
};


/***/ })

};
