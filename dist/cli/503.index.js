export const id = 503;
export const ids = [503];
export const modules = {

/***/ 6503:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   appliesTo: () => (/* binding */ appliesTo),
/* harmony export */   describePlan: () => (/* binding */ describePlan)
/* harmony export */ });
function describePlan(template) {
    return template.sources.map(source => ({
        name: source.name,
        region: source.region,
        sourceAmi: describeSourceAmi(source),
        instanceType: source.instance_type,
        amiName: source.ami_name,
        amiRegions: source.ami_regions,
        provisioners: template.provisioners.filter(p => appliesTo(p, source.name)).length,
        skipCreateAmi: source.skip_create_ami
    }));
}
/** Whether a provisioner or post-processor runs for the named source. */
function appliesTo(step, source) {
    return (step.only.length === 0 || step.only.includes(source)) && !step.except.includes(source);
}
function describeSourceAmi(source) {
    if (source.source_ami)
        return source.source_ami;
    const filter = source.source_ami_filter;
    if (!filter)
        return '';
    const criteria = Object.entries(filter.filters).map(([k, v]) => (k === 'name' ? v : `${k}=${v}`));
    const what = criteria.length > 0 ? criteria.join(', ') : 'any AMI';
    const newest = filter.most_recent ? ', newest' : '';
    return `${what} owned by ${filter.owners.join(' or ')}${newest}`;
}


/***/ })

};
