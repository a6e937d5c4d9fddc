export const id = 620;
export const ids = [620];
export const modules = {

/***/ 3817:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  R: () => (/* binding */ createEc2Clients)
});

// NAMESPACE OBJECT: ./src/clients/ec2-commands.ts
var ec2_commands_namespaceObject = {};
__webpack_require__.r(ec2_commands_namespaceObject);
__webpack_require__.d(ec2_commands_namespaceObject, {
  AuthorizeSecurityGroupIngressCommand: () => (AuthorizeSecurityGroupIngressCommand),
  CopyImageCommand: () => (CopyImageCommand),
  CreateImageCommand: () => (CreateImageCommand),
  CreateSecurityGroupCommand: () => (CreateSecurityGroupCommand),
  CreateTagsCommand: () => (CreateTagsCommand),
  DeleteKeyPairCommand: () => (DeleteKeyPairCommand),
  DeleteSecurityGroupCommand: () => (DeleteSecurityGroupCommand),
  DeleteSnapshotCommand: () => (DeleteSnapshotCommand),
  DeleteTagsCommand: () => (DeleteTagsCommand),
  DeregisterImageCommand: () => (DeregisterImageCommand),
  DescribeImagesCommand: () => (DescribeImagesCommand),
  DescribeInstancesCommand: () => (DescribeInstancesCommand),
  DescribeKeyPairsCommand: () => (DescribeKeyPairsCommand),
  DescribeRegionsCommand: () => (DescribeRegionsCommand),
  DescribeSecurityGroupsCommand: () => (DescribeSecurityGroupsCommand),
  DescribeSnapshotsCommand: () => (DescribeSnapshotsCommand),
  DescribeSubnetsCommand: () => (DescribeSubnetsCommand),
  DescribeVpcsCommand: () => (DescribeVpcsCommand),
  EnableImageDeprecationCommand: () => (EnableImageDeprecationCommand),
  ImportKeyPairCommand: () => (ImportKeyPairCommand),
  ModifyImageAttributeCommand: () => (ModifyImageAttributeCommand),
  ModifyInstanceAttributeCommand: () => (ModifyInstanceAttributeCommand),
  ModifySnapshotAttributeCommand: () => (ModifySnapshotAttributeCommand),
  RunInstancesCommand: () => (RunInstancesCommand),
  StopInstancesCommand: () => (StopInstancesCommand),
  TerminateInstancesCommand: () => (TerminateInstancesCommand)
});

;// CONCATENATED MODULE: ./src/clients/xml.ts
/**
 * A small XML reader for AWS answers: elements, their text and children. Attributes (the root's
 * xmlns) are skipped; the declaration, comments, a DOCTYPE and CDATA sections are understood.
 * Text is kept as sent, except that whitespace around child elements is not text.
 */
class XmlError extends Error {
    name = 'XmlError';
}
const ELEMENT_NAME = /[^\s/>]+/y;
const ENTITIES = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
function decodeEntities(text) {
    if (!text.includes('&'))
        return text;
    return text.replace(/&(#x[0-9a-fA-F]+|#\d+|\w+);/g, (whole, entity) => {
        if (entity[0] !== '#')
            return ENTITIES[entity] ?? whole;
        const code = entity[1] === 'x' ? parseInt(entity.slice(2), 16) : parseInt(entity.slice(1), 10);
        return code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    });
}
/** The root element of `xml`; throws XmlError when it is not well-formed. */
function parseXml(xml) {
    const text = xml.replace(/\r\n?/g, '\n');
    let at = 0;
    const fail = (what) => {
        throw new XmlError(`malformed XML at offset ${at}: ${what}`);
    };
    const skipTo = (end) => {
        const found = text.indexOf(end, at);
        if (found < 0)
            fail(`no closing ${end}`);
        at = found + end.length;
    };
    /** Skips what may come before or after the root: declaration, comments, DOCTYPE, space. */
    const skipProlog = () => {
        for (;;) {
            while (at < text.length && /\s/.test(text[at]))
                at++;
            if (text.startsWith('<?', at))
                skipTo('?>');
            else if (text.startsWith('<!--', at))
                skipTo('-->');
            else if (text.startsWith('<!DOCTYPE', at))
                skipDoctype();
            else
                return;
        }
    };
    const skipDoctype = () => {
        let depth = 0;
        for (; at < text.length; at++) {
            const c = text[at];
            if (c === '[')
                depth++;
            else if (c === ']')
                depth--;
            else if (c === '>' && depth === 0) {
                at++;
                return;
            }
        }
        fail('unclosed DOCTYPE');
    };
    /** Reads the element whose `<` is at `at`. */
    const element = () => {
        ELEMENT_NAME.lastIndex = ++at;
        const name = ELEMENT_NAME.exec(text)?.[0] ?? fail('an element without a name');
        at += name.length;
        // Attributes: skipped, minding quoted values that may hold '>'.
        for (;;) {
            const c = text[at];
            if (c === undefined)
                fail(`unclosed <${name}>`);
            if (c === '"' || c === "'") {
                const close = text.indexOf(c, at + 1);
                if (close < 0)
                    fail('an unclosed attribute value');
                at = close + 1;
            }
            else if (c === '/' && text[at + 1] === '>') {
                at += 2;
                return { name, children: [], text: '' };
            }
            else if (c === '>') {
                at++;
                break;
            }
            else
                at++;
        }
        const children = [];
        let content = '';
        for (;;) {
            const next = text.indexOf('<', at);
            if (next < 0)
                fail(`unclosed <${name}>`);
            content += decodeEntities(text.slice(at, next));
            at = next;
            if (text.startsWith('</', at)) {
                const close = text.indexOf('>', at);
                const closing = close < 0 ? '' : text.slice(at + 2, close).trim();
                if (closing !== name)
                    fail(`<${name}> closed by </${closing}>`);
                at = close + 1;
                break;
            }
            if (text.startsWith('<![CDATA[', at)) {
                const end = text.indexOf(']]>', at);
                if (end < 0)
                    fail('unclosed CDATA');
                content += text.slice(at + 9, end);
                at = end + 3;
            }
            else if (text.startsWith('<!--', at))
                skipTo('-->');
            else if (text.startsWith('<?', at))
                skipTo('?>');
            else
                children.push(element());
        }
        // Indentation between elements is not text; nor, as the SDK reads it, a lone line break.
        const ignorable = children.length > 0 || (content.trim() === '' && content.includes('\n'));
        return { name, children, text: ignorable ? '' : content };
    };
    skipProlog();
    if (text[at] !== '<')
        fail('no root element');
    const root = element();
    skipProlog();
    if (at < text.length)
        fail('content after the root element');
    return root;
}
/** The first child of `element` named `name`. */
function child(element, name) {
    return element?.children.find(c => c.name === name);
}

;// CONCATENATED MODULE: ./src/clients/aws-error.ts

class AwsServiceError extends Error {
    Code;
    $fault;
    $metadata;
    constructor(code, message, status, requestId) {
        super(message);
        this.name = code;
        this.Code = code;
        this.$fault = status >= 500 ? 'server' : 'client';
        this.$metadata = { httpStatusCode: status, ...(requestId ? { requestId } : {}) };
    }
}
/** The request ID of an answer: its header, else the body's (EC2 RequestID, STS RequestId). */
function requestIdOf(headers, root) {
    const header = headers['x-amzn-requestid'] ?? headers['x-amz-request-id'];
    if (typeof header === 'string')
        return header;
    const fromBody = child(root, 'RequestID') ??
        child(root, 'RequestId') ??
        child(root, 'requestId') ??
        child(child(root, 'ResponseMetadata'), 'RequestId');
    return fromBody?.text || undefined;
}
function errorFromAnswer(service, status, headers, body) {
    let root;
    try {
        root = body.trim() ? parseXml(body) : undefined;
    }
    catch {
        root = undefined;
    }
    const error = child(child(root, 'Errors'), 'Error') ?? child(root, 'Error');
    const code = child(error, 'Code')?.text;
    const requestId = requestIdOf(headers, root);
    if (code) {
        const message = child(error, 'Message')?.text ?? child(error, 'message')?.text;
        return new AwsServiceError(code, message || code, status, requestId);
    }
    const excerpt = body.replace(/\s+/g, ' ').trim().slice(0, 200);
    return new AwsServiceError(status === 404 ? 'NotFound' : 'Unknown', `${service.toUpperCase()} answered HTTP ${status} without an AWS error` +
        (excerpt ? `: ${excerpt}` : ' (empty body)'), status, requestId);
}
/** The root element of a successful answer (undefined when it has no body); an error answer is
 * thrown as the AwsServiceError it carries. */
function answerXml(service, answer) {
    const { status, headers, body } = answer;
    if (status >= 300)
        throw errorFromAnswer(service, status, headers, body);
    if (!body.trim())
        return undefined;
    try {
        return parseXml(body);
    }
    catch (error) {
        if (!(error instanceof XmlError))
            throw error;
        throw new Error(`${service.toUpperCase()} answered with unreadable XML (${error.message})`);
    }
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./src/clients/query.ts
/**
 * The EC2 Query protocol, driven by the tables scripts/gen-ec2-schemas.ts generates from the
 * SDK's model (ec2-schemas.ts): a command's input becomes a form body (Action, Version, then
 * `Key.N.Member=value` pairs), and EC2's XML answer becomes the SDK's output shape.
 */


/** An EC2 action and its input; `O` is the shape of its answer (for the type checker only). */
class Ec2Command {
    action;
    input;
    constructor(action, input) {
        this.action = action;
        this.input = input;
    }
}
/** RFC 3986 encoding, as AWS wants it in a form body and in SigV4's canonical strings. */
function uriEncode(text) {
    return encodeURIComponent(text).replace(/[!'()*]/g, c => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}
function formBody(params) {
    return params.map(([key, value]) => `${uriEncode(key)}=${uriEncode(value)}`).join('&');
}
function serializeQuery(schemas, action, input) {
    const operation = schemas.operations[action];
    if (!operation)
        throw new Error(`EC2 action ${action} is not in the generated schemas`);
    const params = [
        ['Action', action],
        ['Version', schemas.version]
    ];
    write(schemas, operation[0], input, '', params);
    return formBody(params);
}
function write(schemas, type, value, key, params) {
    switch (type) {
        case 'string':
        case 'number':
        case 'boolean':
            params.push([key, String(value)]);
            return;
        case 'timestamp':
            if (value instanceof Date)
                params.push([key, value.toISOString().replace('.000Z', 'Z')]);
            return;
        case 'blob':
            if (typeof value === 'string' || value instanceof Uint8Array)
                params.push([key, Buffer.from(value).toString('base64')]);
            return;
    }
    const list = schemas.lists[type];
    if (list) {
        // EC2 flattens lists (Key.1, Key.2, ...) and sends nothing for an empty one.
        if (!Array.isArray(value))
            return;
        let index = 1;
        for (const item of value) {
            if (item !== null && item !== undefined)
                write(schemas, list[0], item, `${key}.${index++}`, params);
        }
        return;
    }
    const members = schemas.structures[type];
    if (!members)
        throw new Error(`unknown EC2 shape ${type}`);
    if (typeof value !== 'object' || value === null)
        return;
    const prefix = key ? `${key}.` : '';
    for (const [name, queryKey, , memberType, token] of members) {
        let member = value[name];
        if (member === null || member === undefined) {
            if (!token)
                continue;
            // As the SDK does: a request that may be retried carries a token that makes it happen once.
            member = (0,external_node_crypto_.randomUUID)();
        }
        write(schemas, memberType, member, `${prefix}${queryKey}`, params);
    }
}
/** The output of `action` from the root element of EC2's answer. */
function deserializeQuery(schemas, action, root) {
    const operation = schemas.operations[action];
    if (!operation)
        throw new Error(`EC2 action ${action} is not in the generated schemas`);
    if (!root || operation[1] === 'unit')
        return {};
    return read(schemas, operation[1], root);
}
const RFC3339 = /^\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$/;
function read(schemas, type, element) {
    switch (type) {
        case 'string':
            return element.text;
        case 'number':
            return Number(element.text);
        case 'boolean':
            return element.text.toLowerCase() === 'true';
        case 'timestamp': {
            const time = RFC3339.test(element.text) ? new Date(element.text) : undefined;
            if (!time || Number.isNaN(time.getTime()))
                throw new Error(`EC2 answered <${element.name}> with an invalid time: ${element.text}`);
            return time;
        }
        case 'blob':
            return new Uint8Array(Buffer.from(element.text, 'base64'));
    }
    const list = schemas.lists[type];
    if (list) {
        const [itemType, itemName] = list;
        return element.children
            .filter(item => item.name === itemName)
            .map(item => read(schemas, itemType, item));
    }
    const members = schemas.structures[type];
    if (!members)
        throw new Error(`unknown EC2 shape ${type}`);
    const out = {};
    for (const [name, , xmlName, memberType] of members) {
        const found = child(element, xmlName);
        if (found)
            out[name] = read(schemas, memberType, found);
    }
    return out;
}

;// CONCATENATED MODULE: ./src/clients/ec2-commands.ts

class AuthorizeSecurityGroupIngressCommand extends Ec2Command {
    constructor(input) {
        super('AuthorizeSecurityGroupIngress', input);
    }
}
class CopyImageCommand extends Ec2Command {
    constructor(input) {
        super('CopyImage', input);
    }
}
class CreateImageCommand extends Ec2Command {
    constructor(input) {
        super('CreateImage', input);
    }
}
class CreateSecurityGroupCommand extends Ec2Command {
    constructor(input) {
        super('CreateSecurityGroup', input);
    }
}
class CreateTagsCommand extends Ec2Command {
    constructor(input) {
        super('CreateTags', input);
    }
}
class DeleteKeyPairCommand extends Ec2Command {
    constructor(input) {
        super('DeleteKeyPair', input);
    }
}
class DeleteSecurityGroupCommand extends Ec2Command {
    constructor(input) {
        super('DeleteSecurityGroup', input);
    }
}
class DeleteSnapshotCommand extends Ec2Command {
    constructor(input) {
        super('DeleteSnapshot', input);
    }
}
class DeleteTagsCommand extends Ec2Command {
    constructor(input) {
        super('DeleteTags', input);
    }
}
class DeregisterImageCommand extends Ec2Command {
    constructor(input) {
        super('DeregisterImage', input);
    }
}
class DescribeImagesCommand extends Ec2Command {
    constructor(input) {
        super('DescribeImages', input);
    }
}
class DescribeInstancesCommand extends Ec2Command {
    constructor(input) {
        super('DescribeInstances', input);
    }
}
class DescribeKeyPairsCommand extends Ec2Command {
    constructor(input) {
        super('DescribeKeyPairs', input);
    }
}
class DescribeRegionsCommand extends Ec2Command {
    constructor(input) {
        super('DescribeRegions', input);
    }
}
class DescribeSecurityGroupsCommand extends Ec2Command {
    constructor(input) {
        super('DescribeSecurityGroups', input);
    }
}
class DescribeSnapshotsCommand extends Ec2Command {
    constructor(input) {
        super('DescribeSnapshots', input);
    }
}
class DescribeSubnetsCommand extends Ec2Command {
    constructor(input) {
        super('DescribeSubnets', input);
    }
}
class DescribeVpcsCommand extends Ec2Command {
    constructor(input) {
        super('DescribeVpcs', input);
    }
}
class EnableImageDeprecationCommand extends Ec2Command {
    constructor(input) {
        super('EnableImageDeprecation', input);
    }
}
class ImportKeyPairCommand extends Ec2Command {
    constructor(input) {
        super('ImportKeyPair', input);
    }
}
class ModifyImageAttributeCommand extends Ec2Command {
    constructor(input) {
        super('ModifyImageAttribute', input);
    }
}
class ModifyInstanceAttributeCommand extends Ec2Command {
    constructor(input) {
        super('ModifyInstanceAttribute', input);
    }
}
class ModifySnapshotAttributeCommand extends Ec2Command {
    constructor(input) {
        super('ModifySnapshotAttribute', input);
    }
}
class RunInstancesCommand extends Ec2Command {
    constructor(input) {
        super('RunInstances', input);
    }
}
class StopInstancesCommand extends Ec2Command {
    constructor(input) {
        super('StopInstances', input);
    }
}
class TerminateInstancesCommand extends Ec2Command {
    constructor(input) {
        super('TerminateInstances', input);
    }
}

;// CONCATENATED MODULE: ./src/clients/ec2-schemas.ts
/** The input and output shapes of each operation, every structure as [member, query key,
 * XML element, type, idempotency token?], every list as [item type, item element]. */
const EC2_SCHEMAS = {
    version: '2016-11-15',
    operations: {
        AuthorizeSecurityGroupIngress: [
            'AuthorizeSecurityGroupIngressRequest',
            'AuthorizeSecurityGroupIngressResult'
        ],
        CopyImage: ['CopyImageRequest', 'CopyImageResult'],
        CreateImage: ['CreateImageRequest', 'CreateImageResult'],
        CreateSecurityGroup: ['CreateSecurityGroupRequest', 'CreateSecurityGroupResult'],
        CreateTags: ['CreateTagsRequest', 'unit'],
        DeleteKeyPair: ['DeleteKeyPairRequest', 'DeleteKeyPairResult'],
        DeleteSecurityGroup: ['DeleteSecurityGroupRequest', 'DeleteSecurityGroupResult'],
        DeleteSnapshot: ['DeleteSnapshotRequest', 'unit'],
        DeleteTags: ['DeleteTagsRequest', 'unit'],
        DeregisterImage: ['DeregisterImageRequest', 'DeregisterImageResult'],
        DescribeImages: ['DescribeImagesRequest', 'DescribeImagesResult'],
        DescribeInstances: ['DescribeInstancesRequest', 'DescribeInstancesResult'],
        DescribeKeyPairs: ['DescribeKeyPairsRequest', 'DescribeKeyPairsResult'],
        DescribeRegions: ['DescribeRegionsRequest', 'DescribeRegionsResult'],
        DescribeSecurityGroups: ['DescribeSecurityGroupsRequest', 'DescribeSecurityGroupsResult'],
        DescribeSnapshots: ['DescribeSnapshotsRequest', 'DescribeSnapshotsResult'],
        DescribeSubnets: ['DescribeSubnetsRequest', 'DescribeSubnetsResult'],
        DescribeVpcs: ['DescribeVpcsRequest', 'DescribeVpcsResult'],
        EnableImageDeprecation: ['EnableImageDeprecationRequest', 'EnableImageDeprecationResult'],
        ImportKeyPair: ['ImportKeyPairRequest', 'ImportKeyPairResult'],
        ModifyImageAttribute: ['ModifyImageAttributeRequest', 'unit'],
        ModifyInstanceAttribute: ['ModifyInstanceAttributeRequest', 'unit'],
        ModifySnapshotAttribute: ['ModifySnapshotAttributeRequest', 'unit'],
        RunInstances: ['RunInstancesRequest', 'Reservation'],
        StopInstances: ['StopInstancesRequest', 'StopInstancesResult'],
        TerminateInstances: ['TerminateInstancesRequest', 'TerminateInstancesResult']
    },
    structures: {
        AttributeBooleanValue: [['Value', 'Value', 'value', 'boolean']],
        AttributeValue: [['Value', 'Value', 'value', 'string']],
        AuthorizeSecurityGroupIngressRequest: [
            ['CidrIp', 'CidrIp', 'CidrIp', 'string'],
            ['FromPort', 'FromPort', 'FromPort', 'number'],
            ['GroupId', 'GroupId', 'GroupId', 'string'],
            ['GroupName', 'GroupName', 'GroupName', 'string'],
            ['IpPermissions', 'IpPermissions', 'IpPermissions', 'IpPermissionList'],
            ['IpProtocol', 'IpProtocol', 'IpProtocol', 'string'],
            ['SourceSecurityGroupName', 'SourceSecurityGroupName', 'SourceSecurityGroupName', 'string'],
            [
                'SourceSecurityGroupOwnerId',
                'SourceSecurityGroupOwnerId',
                'SourceSecurityGroupOwnerId',
                'string'
            ],
            ['ToPort', 'ToPort', 'ToPort', 'number'],
            ['TagSpecifications', 'TagSpecification', 'TagSpecification', 'TagSpecificationList'],
            ['DryRun', 'DryRun', 'dryRun', 'boolean']
        ],
        AuthorizeSecurityGroupIngressResult: [
            ['Return', 'Return', 'return', 'boolean'],
            [
                'SecurityGroupRules',
                'SecurityGroupRuleSet',
                'securityGroupRuleSet',
                'SecurityGroupRuleList'
            ]
        ],
        BlockDeviceMapping: [
            ['Ebs', 'Ebs', 'ebs', 'EbsBlockDevice'],
            ['NoDevice', 'NoDevice', 'noDevice', 'string'],
            ['DeviceName', 'DeviceName', 'deviceName', 'string'],
            ['VirtualName', 'VirtualName', 'virtualName', 'string']
        ],
        BlockPublicAccessStates: [
            ['InternetGatewayBlockMode', 'InternetGatewayBlockMode', 'internetGatewayBlockMode', 'string']
        ],
        CapacityReservationSpecification: [
            [
                'CapacityReservationPreference',
                'CapacityReservationPreference',
                'CapacityReservationPreference',
                'string'
            ],
            [
                'CapacityReservationTarget',
                'CapacityReservationTarget',
                'CapacityReservationTarget',
                'CapacityReservationTarget'
            ]
        ],
        CapacityReservationSpecificationResponse: [
            [
                'CapacityReservationPreference',
                'CapacityReservationPreference',
                'capacityReservationPreference',
                'string'
            ],
            [
                'CapacityReservationTarget',
                'CapacityReservationTarget',
                'capacityReservationTarget',
                'CapacityReservationTargetResponse'
            ]
        ],
        CapacityReservationTarget: [
            ['CapacityReservationId', 'CapacityReservationId', 'CapacityReservationId', 'string'],
            [
                'CapacityReservationResourceGroupArn',
                'CapacityReservationResourceGroupArn',
                'CapacityReservationResourceGroupArn',
                'string'
            ]
        ],
        CapacityReservationTargetResponse: [
            ['CapacityReservationId', 'CapacityReservationId', 'capacityReservationId', 'string'],
            [
                'CapacityReservationResourceGroupArn',
                'CapacityReservationResourceGroupArn',
                'capacityReservationResourceGroupArn',
                'string'
            ]
        ],
        ConnectionTrackingSpecificationRequest: [
            ['TcpEstablishedTimeout', 'TcpEstablishedTimeout', 'TcpEstablishedTimeout', 'number'],
            ['UdpStreamTimeout', 'UdpStreamTimeout', 'UdpStreamTimeout', 'number'],
            ['UdpTimeout', 'UdpTimeout', 'UdpTimeout', 'number']
        ],
        ConnectionTrackingSpecificationResponse: [
            ['TcpEstablishedTimeout', 'TcpEstablishedTimeout', 'tcpEstablishedTimeout', 'number'],
            ['UdpStreamTimeout', 'UdpStreamTimeout', 'udpStreamTimeout', 'number'],
            ['UdpTimeout', 'UdpTimeout', 'udpTimeout', 'number']
        ],
        CopyImageRequest: [
            ['Name', 'Name', 'Name', 'string'],
            ['SourceImageId', 'SourceImageId', 'SourceImageId', 'string'],
            ['SourceRegion', 'SourceRegion', 'SourceRegion', 'string'],
            ['ClientToken', 'ClientToken', 'ClientToken', 'string', 1],
            ['Description', 'Description', 'Description', 'string'],
            ['Encrypted', 'Encrypted', 'encrypted', 'boolean'],
            ['KmsKeyId', 'KmsKeyId', 'kmsKeyId', 'string'],
            ['DestinationOutpostArn', 'DestinationOutpostArn', 'DestinationOutpostArn', 'string'],
            ['CopyImageTags', 'CopyImageTags', 'CopyImageTags', 'boolean'],
            ['TagSpecifications', 'TagSpecification', 'TagSpecification', 'TagSpecificationList'],
            [
                'SnapshotCopyCompletionDurationMinutes',
                'SnapshotCopyCompletionDurationMinutes',
                'SnapshotCopyCompletionDurationMinutes',
                'number'
            ],
            [
                'DestinationAvailabilityZone',
                'DestinationAvailabilityZone',
                'DestinationAvailabilityZone',
                'string'
            ],
            [
                'DestinationAvailabilityZoneId',
                'DestinationAvailabilityZoneId',
                'DestinationAvailabilityZoneId',
                'string'
            ],
            ['DryRun', 'DryRun', 'dryRun', 'boolean']
        ],
        CopyImageResult: [['ImageId', 'ImageId', 'imageId', 'string']],
        CpuOptions: [
            ['CoreCount', 'CoreCount', 'coreCount', 'number'],
            ['ThreadsPerCore', 'ThreadsPerCore', 'threadsPerCore', 'number'],
            ['AmdSevSnp', 'AmdSevSnp', 'amdSevSnp', 'string'],
            ['NestedVirtualization', 'NestedVirtualization', 'nestedVirtualization', 'string']
        ],
        CpuOptionsRequest: [
            ['CoreCount', 'CoreCount', 'CoreCount', 'number'],
            ['ThreadsPerCore', 'ThreadsPerCore', 'ThreadsPerCore', 'number'],
            ['AmdSevSnp', 'AmdSevSnp', 'AmdSevSnp', 'string'],
            ['NestedVirtualization', 'NestedVirtualization', 'NestedVirtualization', 'string']
        ],
        CreateImageRequest: [
            ['InstanceId', 'InstanceId', 'instanceId', 'string'],
            ['Name', 'Name', 'name', 'string'],
            ['TagSpecifications', 'TagSpecification', 'TagSpecification', 'TagSpecificationList'],
            ['SnapshotLocation', 'SnapshotLocation', 'SnapshotLocation', 'string'],
            ['BootModeOverride', 'BootModeOverride', 'BootModeOverride', 'string'],
            ['DryRun', 'DryRun', 'dryRun', 'boolean'],
            ['Description', 'Description', 'description', 'string'],
            ['NoReboot', 'NoReboot', 'noReboot', 'boolean'],
            [
                'BlockDeviceMappings',
                'BlockDeviceMapping',
                'blockDeviceMapping',
                'BlockDeviceMappingRequestList'
            ]
        ],
        CreateImageResult: [['ImageId', 'ImageId', 'imageId', 'string']],
        CreateSecurityGroupRequest: [
            ['Description', 'GroupDescription', 'GroupDescription', 'string'],
            ['GroupName', 'GroupName', 'GroupName', 'string'],
            ['VpcId', 'VpcId', 'VpcId', 'string'],
            ['TagSpecifications', 'TagSpecification', 'TagSpecification', 'TagSpecificationList'],
            ['DryRun', 'DryRun', 'dryRun', 'boolean']
        ],
        CreateSecurityGroupResult: [
            ['GroupId', 'GroupId', 'groupId', 'string'],
            ['Tags', 'TagSet', 'tagSet', 'TagList'],
            ['SecurityGroupArn', 'SecurityGroupArn', 'securityGroupArn', 'string']
        ],
        CreateTagsRequest: [
            ['Resources', 'ResourceId', 'ResourceId', 'Resources'],
            ['Tags', 'Tag', 'Tag', 'TagList'],
            ['DryRun', 'DryRun', 'dryRun', 'boolean']
        ],
        CreateVolumePermission: [
            ['UserId', 'UserId', 'userId', 'string'],
            ['Group', 'Group', 'group', 'string']
        ],
        CreateVolumePermissionModifications: [
            ['Add', 'Add', 'Add', 'CreateVolumePermissionList'],
            ['Remove', 'Remove', 'Remove', 'CreateVolumePermissionList']
        ],
        CreditSpecificationRequest: [['CpuCredits', 'CpuCredits', 'CpuCredits', 'string']],
        DeleteKeyPairRequest: [
            ['KeyName', 'KeyName', 'KeyName', 'string'],
            ['KeyPairId', 'KeyPairId', 'KeyPairId', 'string'],
            ['DryRun', 'DryRun', 'dryRun', 'boolean']
        ],
        DeleteKeyPairResult: [
            ['Return', 'Return', 'return', 'boolean'],
            ['KeyPairId', 'KeyPairId', 'keyPairId', 'string']
        ],
        DeleteSecurityGroupRequest: [
            ['GroupId', 'GroupId', 'GroupId', 'string'],
            ['GroupName', 'GroupName', 'GroupName', 'string'],
            ['DryRun', 'DryRun', 'dryRun', 'boolean']
        ],
        DeleteSecurityGroupResult: [
            ['Return', 'Return', 'return', 'boolean'],
            ['GroupId', 'GroupId', 'groupId', 'string']
        ],
        DeleteSnapshotRequest: [
            ['SnapshotId', 'SnapshotId', 'SnapshotId', 'string'],
            ['DryRun', 'DryRun', 'dryRun', 'boolean']
        ],
        DeleteSnapshotReturnCode: [
            ['SnapshotId', 'SnapshotId', 'snapshotId', 'string'],
            ['ReturnCode', 'ReturnCode', 'returnCode', 'string']
        ],
        DeleteTagsRequest: [
            ['Resources', 'ResourceId', 'resourceId', 'Resources'],
            ['DryRun', 'DryRun', 'dryRun', 'boolean'],
            ['Tags', 'Tag', 'tag', 'TagList']
        ],
        DeregisterImageRequest: [
            ['ImageId', 'ImageId', 'ImageId', 'string'],
            [
                'DeleteAssociatedSnapshots',
                'DeleteAssociatedSnapshots',
                'DeleteAssociatedSnapshots',
                'boolean'
            ],
            ['DryRun', 'DryRun', 'dryRun', 'boolean']
        ],
        DeregisterImageResult: [
            ['Return', 'Return', 'return', 'boolean'],
            [
                'DeleteSnapshotResults',
                'DeleteSnapshotResultSet',
                'deleteSnapshotResultSet',
                'DeleteSnapshotResultSet'
            ]
        ],
        DescribeImagesRequest: [
            ['ExecutableUsers', 'ExecutableBy', 'ExecutableBy', 'ExecutableByStringList'],
            ['ImageIds', 'ImageId', 'ImageId', 'ImageIdStringList'],
            ['Owners', 'Owner', 'Owner', 'OwnerStringList'],
            ['IncludeDeprecated', 'IncludeDeprecated', 'IncludeDeprecated', 'boolean'],
            ['IncludeDisabled', 'IncludeDisabled', 'IncludeDisabled', 'boolean'],
            ['MaxResults', 'MaxResults', 'MaxResults', 'number'],
            ['NextToken', 'NextToken', 'NextToken', 'string'],
            ['DryRun', 'DryRun', 'dryRun', 'boolean'],
            ['Filters', 'Filter', 'Filter', 'FilterList']
        ],
        DescribeImagesResult: [
            ['NextToken', 'NextToken', 'nextToken', 'string'],
            ['Images', 'ImagesSet', 'imagesSet', 'ImageList']
        ],
        DescribeInstancesRequest: [
            ['InstanceIds', 'InstanceId', 'InstanceId', 'InstanceIdStringList'],
            ['IncludeManagedResources', 'IncludeManagedResources', 'IncludeManagedResources', 'boolean'],
            ['DryRun', 'DryRun', 'dryRun', 'boolean'],
            ['Filters', 'Filter', 'Filter', 'FilterList'],
            ['NextToken', 'NextToken', 'nextToken', 'string'],
            ['MaxResults', 'MaxResults', 'maxResults', 'number']
        ],
        DescribeInstancesResult: [
            ['NextToken', 'NextToken', 'nextToken', 'string'],
            ['Reservations', 'ReservationSet', 'reservationSet', 'ReservationList']
        ],
        DescribeKeyPairsRequest: [
            ['KeyNames', 'KeyName', 'KeyName', 'KeyNameStringList'],
            ['KeyPairIds', 'KeyPairId', 'KeyPairId', 'KeyPairIdStringList'],
            ['IncludePublicKey', 'IncludePublicKey', 'IncludePublicKey', 'boolean'],
            ['DryRun', 'DryRun', 'dryRun', 'boolean'],
            ['Filters', 'Filter', 'Filter', 'FilterList']
        ],
        DescribeKeyPairsResult: [['KeyPairs', 'KeySet', 'keySet', 'KeyPairList']],
        DescribeRegionsRequest: [
            ['RegionNames', 'RegionName', 'RegionName', 'RegionNameStringList'],
            ['AllRegions', 'AllRegions', 'AllRegions', 'boolean'],
            ['DryRun', 'DryRun', 'dryRun', 'boolean'],
            ['Filters', 'Filter', 'Filter', 'FilterList']
        ],
        DescribeRegionsResult: [['Regions', 'RegionInfo', 'regionInfo', 'RegionList']],
        DescribeSecurityGroupsRequest: [
            ['GroupIds', 'GroupId', 'GroupId', 'GroupIdStringList'],
            ['GroupNames', 'GroupName', 'GroupName', 'GroupNameStringList'],
            ['NextToken', 'NextToken', 'NextToken', 'string'],
            ['MaxResults', 'MaxResults', 'MaxResults', 'number'],
            ['DryRun', 'DryRun', 'dryRun', 'boolean'],
            ['Filters', 'Filter', 'Filter', 'FilterList']
        ],
        DescribeSecurityGroupsResult: [
            ['NextToken', 'NextToken', 'nextToken', 'string'],
            ['SecurityGroups', 'SecurityGroupInfo', 'securityGroupInfo', 'SecurityGroupList']
        ],
        DescribeSnapshotsRequest: [
            ['MaxResults', 'MaxResults', 'MaxResults', 'number'],
            ['NextToken', 'NextToken', 'NextToken', 'string'],
            ['OwnerIds', 'Owner', 'Owner', 'OwnerStringList'],
            ['RestorableByUserIds', 'RestorableBy', 'RestorableBy', 'RestorableByUserIds'],
            ['SnapshotIds', 'SnapshotId', 'SnapshotId', 'SnapshotIdStringList'],
            ['DryRun', 'DryRun', 'dryRun', 'boolean'],
            ['Filters', 'Filter', 'Filter', 'FilterList']
        ],
        DescribeSnapshotsResult: [
            ['NextToken', 'NextToken', 'nextToken', 'string'],
            ['Snapshots', 'SnapshotSet', 'snapshotSet', 'SnapshotList']
        ],
        DescribeSubnetsRequest: [
            ['Filters', 'Filter', 'Filter', 'FilterList'],
            ['SubnetIds', 'SubnetId', 'SubnetId', 'SubnetIdStringList'],
            ['NextToken', 'NextToken', 'NextToken', 'string'],
            ['MaxResults', 'MaxResults', 'MaxResults', 'number'],
            ['DryRun', 'DryRun', 'dryRun', 'boolean']
        ],
        DescribeSubnetsResult: [
            ['NextToken', 'NextToken', 'nextToken', 'string'],
            ['Subnets', 'SubnetSet', 'subnetSet', 'SubnetList']
        ],
        DescribeVpcsRequest: [
            ['Filters', 'Filter', 'Filter', 'FilterList'],
            ['VpcIds', 'VpcId', 'VpcId', 'VpcIdStringList'],
            ['NextToken', 'NextToken', 'NextToken', 'string'],
            ['MaxResults', 'MaxResults', 'MaxResults', 'number'],
            ['DryRun', 'DryRun', 'dryRun', 'boolean']
        ],
        DescribeVpcsResult: [
            ['NextToken', 'NextToken', 'nextToken', 'string'],
            ['Vpcs', 'VpcSet', 'vpcSet', 'VpcList']
        ],
        EbsBlockDevice: [
            ['DeleteOnTermination', 'DeleteOnTermination', 'deleteOnTermination', 'boolean'],
            ['Iops', 'Iops', 'iops', 'number'],
            ['SnapshotId', 'SnapshotId', 'snapshotId', 'string'],
            ['VolumeSize', 'VolumeSize', 'volumeSize', 'number'],
            ['VolumeType', 'VolumeType', 'volumeType', 'string'],
            ['KmsKeyId', 'KmsKeyId', 'kmsKeyId', 'string'],
            ['Throughput', 'Throughput', 'throughput', 'number'],
            ['OutpostArn', 'OutpostArn', 'outpostArn', 'string'],
            ['AvailabilityZone', 'AvailabilityZone', 'availabilityZone', 'string'],
            ['Encrypted', 'Encrypted', 'encrypted', 'boolean'],
            [
                'VolumeInitializationRate',
                'VolumeInitializationRate',
                'VolumeInitializationRate',
                'number'
            ],
            ['AvailabilityZoneId', 'AvailabilityZoneId', 'AvailabilityZoneId', 'string'],
            ['EbsCardIndex', 'EbsCardIndex', 'EbsCardIndex', 'number']
        ],
        EbsInstanceBlockDevice: [
            ['AttachTime', 'AttachTime', 'attachTime', 'timestamp'],
            ['DeleteOnTermination', 'DeleteOnTermination', 'deleteOnTermination', 'boolean'],
            ['Status', 'Status', 'status', 'string'],
            ['VolumeId', 'VolumeId', 'volumeId', 'string'],
            ['AssociatedResource', 'AssociatedResource', 'associatedResource', 'string'],
            ['VolumeOwnerId', 'VolumeOwnerId', 'volumeOwnerId', 'string'],
            ['Operator', 'Operator', 'operator', 'OperatorResponse'],
            ['EbsCardIndex', 'EbsCardIndex', 'ebsCardIndex', 'number']
        ],
        EbsInstanceBlockDeviceSpecification: [
            ['VolumeId', 'VolumeId', 'volumeId', 'string'],
            ['DeleteOnTermination', 'DeleteOnTermination', 'deleteOnTermination', 'boolean']
        ],
        ElasticGpuAssociation: [
            ['ElasticGpuId', 'ElasticGpuId', 'elasticGpuId', 'string'],
            ['ElasticGpuAssociationId', 'ElasticGpuAssociationId', 'elasticGpuAssociationId', 'string'],
            [
                'ElasticGpuAssociationState',
                'ElasticGpuAssociationState',
                'elasticGpuAssociationState',
                'string'
            ],
            [
                'ElasticGpuAssociationTime',
                'ElasticGpuAssociationTime',
                'elasticGpuAssociationTime',
                'string'
            ]
        ],
        ElasticGpuSpecification: [['Type', 'Type', 'Type', 'string']],
        ElasticInferenceAccelerator: [
            ['Type', 'Type', 'Type', 'string'],
            ['Count', 'Count', 'Count', 'number']
        ],
        ElasticInferenceAcceleratorAssociation: [
            [
                'ElasticInferenceAcceleratorArn',
                'ElasticInferenceAcceleratorArn',
                'elasticInferenceAcceleratorArn',
                'string'
            ],
            [
                'ElasticInferenceAcceleratorAssociationId',
                'ElasticInferenceAcceleratorAssociationId',
                'elasticInferenceAcceleratorAssociationId',
                'string'
            ],
            [
                'ElasticInferenceAcceleratorAssociationState',
                'ElasticInferenceAcceleratorAssociationState',
                'elasticInferenceAcceleratorAssociationState',
                'string'
            ],
            [
                'ElasticInferenceAcceleratorAssociationTime',
                'ElasticInferenceAcceleratorAssociationTime',
                'elasticInferenceAcceleratorAssociationTime',
                'timestamp'
            ]
        ],
        EnaSrdSpecificationRequest: [
            ['EnaSrdEnabled', 'EnaSrdEnabled', 'EnaSrdEnabled', 'boolean'],
            [
                'EnaSrdUdpSpecification',
                'EnaSrdUdpSpecification',
                'EnaSrdUdpSpecification',
                'EnaSrdUdpSpecificationRequest'
            ]
        ],
        EnaSrdUdpSpecificationRequest: [
            ['EnaSrdUdpEnabled', 'EnaSrdUdpEnabled', 'EnaSrdUdpEnabled', 'boolean']
        ],
        EnableImageDeprecationRequest: [
            ['ImageId', 'ImageId', 'ImageId', 'string'],
            ['DeprecateAt', 'DeprecateAt', 'DeprecateAt', 'timestamp'],
            ['DryRun', 'DryRun', 'DryRun', 'boolean']
        ],
        EnableImageDeprecationResult: [['Return', 'Return', 'return', 'boolean']],
        EnclaveOptions: [['Enabled', 'Enabled', 'enabled', 'boolean']],
        EnclaveOptionsRequest: [['Enabled', 'Enabled', 'Enabled', 'boolean']],
        Filter: [
            ['Name', 'Name', 'Name', 'string'],
            ['Values', 'Value', 'Value', 'ValueStringList']
        ],
        GroupIdentifier: [
            ['GroupId', 'GroupId', 'groupId', 'string'],
            ['GroupName', 'GroupName', 'groupName', 'string']
        ],
        HibernationOptions: [['Configured', 'Configured', 'configured', 'boolean']],
        HibernationOptionsRequest: [['Configured', 'Configured', 'Configured', 'boolean']],
        IamInstanceProfile: [
            ['Arn', 'Arn', 'arn', 'string'],
            ['Id', 'Id', 'id', 'string']
        ],
        IamInstanceProfileSpecification: [
            ['Arn', 'Arn', 'arn', 'string'],
            ['Name', 'Name', 'name', 'string']
        ],
        Image: [
            ['PlatformDetails', 'PlatformDetails', 'platformDetails', 'string'],
            ['UsageOperation', 'UsageOperation', 'usageOperation', 'string'],
            ['BlockDeviceMappings', 'BlockDeviceMapping', 'blockDeviceMapping', 'BlockDeviceMappingList'],
            ['Description', 'Description', 'description', 'string'],
            ['EnaSupport', 'EnaSupport', 'enaSupport', 'boolean'],
            ['Hypervisor', 'Hypervisor', 'hypervisor', 'string'],
            ['ImageOwnerAlias', 'ImageOwnerAlias', 'imageOwnerAlias', 'string'],
            ['Name', 'Name', 'name', 'string'],
            ['RootDeviceName', 'RootDeviceName', 'rootDeviceName', 'string'],
            ['RootDeviceType', 'RootDeviceType', 'rootDeviceType', 'string'],
            ['SriovNetSupport', 'SriovNetSupport', 'sriovNetSupport', 'string'],
            ['StateReason', 'StateReason', 'stateReason', 'StateReason'],
            ['Tags', 'TagSet', 'tagSet', 'TagList'],
            ['VirtualizationType', 'VirtualizationType', 'virtualizationType', 'string'],
            ['BootMode', 'BootMode', 'bootMode', 'string'],
            ['TpmSupport', 'TpmSupport', 'tpmSupport', 'string'],
            ['DeprecationTime', 'DeprecationTime', 'deprecationTime', 'string'],
            ['ImdsSupport', 'ImdsSupport', 'imdsSupport', 'string'],
            ['SourceInstanceId', 'SourceInstanceId', 'sourceInstanceId', 'string'],
            [
                'DeregistrationProtection',
                'DeregistrationProtection',
                'deregistrationProtection',
                'string'
            ],
            ['LastLaunchedTime', 'LastLaunchedTime', 'lastLaunchedTime', 'string'],
            ['ImageAllowed', 'ImageAllowed', 'imageAllowed', 'boolean'],
            ['SourceImageId', 'SourceImageId', 'sourceImageId', 'string'],
            ['SourceImageRegion', 'SourceImageRegion', 'sourceImageRegion', 'string'],
            ['FreeTierEligible', 'FreeTierEligible', 'freeTierEligible', 'boolean'],
            ['PublicSsmParameterName', 'PublicSsmParameterName', 'publicSsmParameterName', 'string'],
            ['ImageWatermarks', 'ImageWatermarkSet', 'imageWatermarkSet', 'ImageWatermarkList'],
            ['ScanResults', 'ScanResults', 'scanResults', 'ScanResults'],
            [
                'InstanceTypeSpecification',
                'InstanceTypeSpecification',
                'instanceTypeSpecification',
                'InstanceTypeSpecification'
            ],
            ['ImageId', 'ImageId', 'imageId', 'string'],
            ['ImageLocation', 'ImageLocation', 'imageLocation', 'string'],
            ['State', 'ImageState', 'imageState', 'string'],
            ['OwnerId', 'ImageOwnerId', 'imageOwnerId', 'string'],
            ['CreationDate', 'CreationDate', 'creationDate', 'string'],
            ['Public', 'IsPublic', 'isPublic', 'boolean'],
            ['ProductCodes', 'ProductCodes', 'productCodes', 'ProductCodeList'],
            ['Architecture', 'Architecture', 'architecture', 'string'],
            ['ImageType', 'ImageType', 'imageType', 'string'],
            ['KernelId', 'KernelId', 'kernelId', 'string'],
            ['RamdiskId', 'RamdiskId', 'ramdiskId', 'string'],
            ['Platform', 'Platform', 'platform', 'string']
        ],
        ImageWatermark: [
            ['WatermarkKey', 'WatermarkKey', 'watermarkKey', 'string'],
            ['SourceImageRegion', 'SourceImageRegion', 'sourceImageRegion', 'string'],
            ['SourceImageId', 'SourceImageId', 'sourceImageId', 'string'],
            [
                'SourceImageCreationTime',
                'SourceImageCreationTime',
                'sourceImageCreationTime',
                'timestamp'
            ],
            ['WatermarkCreationTime', 'WatermarkCreationTime', 'watermarkCreationTime', 'timestamp']
        ],
        ImportKeyPairRequest: [
            ['KeyName', 'KeyName', 'keyName', 'string'],
            ['PublicKeyMaterial', 'PublicKeyMaterial', 'publicKeyMaterial', 'blob'],
            ['TagSpecifications', 'TagSpecification', 'TagSpecification', 'TagSpecificationList'],
            ['DryRun', 'DryRun', 'dryRun', 'boolean']
        ],
        ImportKeyPairResult: [
            ['KeyFingerprint', 'KeyFingerprint', 'keyFingerprint', 'string'],
            ['KeyName', 'KeyName', 'keyName', 'string'],
            ['KeyPairId', 'KeyPairId', 'keyPairId', 'string'],
            ['Tags', 'TagSet', 'tagSet', 'TagList']
        ],
        Instance: [
            ['Architecture', 'Architecture', 'architecture', 'string'],
            [
                'BlockDeviceMappings',
                'BlockDeviceMapping',
                'blockDeviceMapping',
                'InstanceBlockDeviceMappingList'
            ],
            ['ClientToken', 'ClientToken', 'clientToken', 'string'],
            ['EbsOptimized', 'EbsOptimized', 'ebsOptimized', 'boolean'],
            ['EnaSupport', 'EnaSupport', 'enaSupport', 'boolean'],
            ['Hypervisor', 'Hypervisor', 'hypervisor', 'string'],
            ['IamInstanceProfile', 'IamInstanceProfile', 'iamInstanceProfile', 'IamInstanceProfile'],
            ['InstanceLifecycle', 'InstanceLifecycle', 'instanceLifecycle', 'string'],
            [
                'ElasticGpuAssociations',
                'ElasticGpuAssociationSet',
                'elasticGpuAssociationSet',
                'ElasticGpuAssociationList'
            ],
            [
                'ElasticInferenceAcceleratorAssociations',
                'ElasticInferenceAcceleratorAssociationSet',
                'elasticInferenceAcceleratorAssociationSet',
                'ElasticInferenceAcceleratorAssociationList'
            ],
            [
                'NetworkInterfaces',
                'NetworkInterfaceSet',
                'networkInterfaceSet',
                'InstanceNetworkInterfaceList'
            ],
            ['OutpostArn', 'OutpostArn', 'outpostArn', 'string'],
            ['RootDeviceName', 'RootDeviceName', 'rootDeviceName', 'string'],
            ['RootDeviceType', 'RootDeviceType', 'rootDeviceType', 'string'],
            ['SecurityGroups', 'GroupSet', 'groupSet', 'GroupIdentifierList'],
            ['SourceDestCheck', 'SourceDestCheck', 'sourceDestCheck', 'boolean'],
            ['SpotInstanceRequestId', 'SpotInstanceRequestId', 'spotInstanceRequestId', 'string'],
            ['SriovNetSupport', 'SriovNetSupport', 'sriovNetSupport', 'string'],
            ['StateReason', 'StateReason', 'stateReason', 'StateReason'],
            ['Tags', 'TagSet', 'tagSet', 'TagList'],
            ['VirtualizationType', 'VirtualizationType', 'virtualizationType', 'string'],
            ['CpuOptions', 'CpuOptions', 'cpuOptions', 'CpuOptions'],
            ['CapacityBlockId', 'CapacityBlockId', 'capacityBlockId', 'string'],
            ['CapacityReservationId', 'CapacityReservationId', 'capacityReservationId', 'string'],
            [
                'CapacityReservationSpecification',
                'CapacityReservationSpecification',
                'capacityReservationSpecification',
                'CapacityReservationSpecificationResponse'
            ],
            ['HibernationOptions', 'HibernationOptions', 'hibernationOptions', 'HibernationOptions'],
            ['Licenses', 'LicenseSet', 'licenseSet', 'LicenseList'],
            ['MetadataOptions', 'MetadataOptions', 'metadataOptions', 'InstanceMetadataOptionsResponse'],
            ['EnclaveOptions', 'EnclaveOptions', 'enclaveOptions', 'EnclaveOptions'],
            ['BootMode', 'BootMode', 'bootMode', 'string'],
            ['PlatformDetails', 'PlatformDetails', 'platformDetails', 'string'],
            ['UsageOperation', 'UsageOperation', 'usageOperation', 'string'],
            [
                'UsageOperationUpdateTime',
                'UsageOperationUpdateTime',
                'usageOperationUpdateTime',
                'timestamp'
            ],
            [
                'PrivateDnsNameOptions',
                'PrivateDnsNameOptions',
                'privateDnsNameOptions',
                'PrivateDnsNameOptionsResponse'
            ],
            ['Ipv6Address', 'Ipv6Address', 'ipv6Address', 'string'],
            ['TpmSupport', 'TpmSupport', 'tpmSupport', 'string'],
            [
                'MaintenanceOptions',
                'MaintenanceOptions',
                'maintenanceOptions',
                'InstanceMaintenanceOptions'
            ],
            ['CurrentInstanceBootMode', 'CurrentInstanceBootMode', 'currentInstanceBootMode', 'string'],
            [
                'NetworkPerformanceOptions',
                'NetworkPerformanceOptions',
                'networkPerformanceOptions',
                'InstanceNetworkPerformanceOptions'
            ],
            ['Operator', 'Operator', 'operator', 'OperatorResponse'],
            [
                'SecondaryInterfaces',
                'SecondaryInterfaceSet',
                'secondaryInterfaceSet',
                'InstanceSecondaryInterfaceList'
            ],
            ['InstanceId', 'InstanceId', 'instanceId', 'string'],
            ['ImageId', 'ImageId', 'imageId', 'string'],
            ['State', 'InstanceState', 'instanceState', 'InstanceState'],
            ['PrivateDnsName', 'PrivateDnsName', 'privateDnsName', 'string'],
            ['PublicDnsName', 'DnsName', 'dnsName', 'string'],
            ['StateTransitionReason', 'Reason', 'reason', 'string'],
            ['KeyName', 'KeyName', 'keyName', 'string'],
            ['AmiLaunchIndex', 'AmiLaunchIndex', 'amiLaunchIndex', 'number'],
            ['ProductCodes', 'ProductCodes', 'productCodes', 'ProductCodeList'],
            ['InstanceType', 'InstanceType', 'instanceType', 'string'],
            ['LaunchTime', 'LaunchTime', 'launchTime', 'timestamp'],
            ['Placement', 'Placement', 'placement', 'Placement'],
            ['KernelId', 'KernelId', 'kernelId', 'string'],
            ['RamdiskId', 'RamdiskId', 'ramdiskId', 'string'],
            ['Platform', 'Platform', 'platform', 'string'],
            ['Monitoring', 'Monitoring', 'monitoring', 'Monitoring'],
            ['SubnetId', 'SubnetId', 'subnetId', 'string'],
            ['VpcId', 'VpcId', 'vpcId', 'string'],
            ['PrivateIpAddress', 'PrivateIpAddress', 'privateIpAddress', 'string'],
            ['PublicIpAddress', 'IpAddress', 'ipAddress', 'string']
        ],
        InstanceAttachmentEnaSrdSpecification: [
            ['EnaSrdEnabled', 'EnaSrdEnabled', 'enaSrdEnabled', 'boolean'],
            [
                'EnaSrdUdpSpecification',
                'EnaSrdUdpSpecification',
                'enaSrdUdpSpecification',
                'InstanceAttachmentEnaSrdUdpSpecification'
            ]
        ],
        InstanceAttachmentEnaSrdUdpSpecification: [
            ['EnaSrdUdpEnabled', 'EnaSrdUdpEnabled', 'enaSrdUdpEnabled', 'boolean']
        ],
        InstanceBlockDeviceMapping: [
            ['DeviceName', 'DeviceName', 'deviceName', 'string'],
            ['Ebs', 'Ebs', 'ebs', 'EbsInstanceBlockDevice']
        ],
        InstanceBlockDeviceMappingSpecification: [
            ['DeviceName', 'DeviceName', 'deviceName', 'string'],
            ['Ebs', 'Ebs', 'ebs', 'EbsInstanceBlockDeviceSpecification'],
            ['VirtualName', 'VirtualName', 'virtualName', 'string'],
            ['NoDevice', 'NoDevice', 'noDevice', 'string']
        ],
        InstanceIpv4Prefix: [['Ipv4Prefix', 'Ipv4Prefix', 'ipv4Prefix', 'string']],
        InstanceIpv6Address: [
            ['Ipv6Address', 'Ipv6Address', 'ipv6Address', 'string'],
            ['IsPrimaryIpv6', 'IsPrimaryIpv6', 'isPrimaryIpv6', 'boolean']
        ],
        InstanceIpv6Prefix: [['Ipv6Prefix', 'Ipv6Prefix', 'ipv6Prefix', 'string']],
        InstanceMaintenanceOptions: [
            ['AutoRecovery', 'AutoRecovery', 'autoRecovery', 'string'],
            ['RebootMigration', 'RebootMigration', 'rebootMigration', 'string']
        ],
        InstanceMaintenanceOptionsRequest: [['AutoRecovery', 'AutoRecovery', 'AutoRecovery', 'string']],
        InstanceMarketOptionsRequest: [
            ['MarketType', 'MarketType', 'MarketType', 'string'],
            ['SpotOptions', 'SpotOptions', 'SpotOptions', 'SpotMarketOptions']
        ],
        InstanceMetadataOptionsRequest: [
            ['HttpTokens', 'HttpTokens', 'HttpTokens', 'string'],
            ['HttpPutResponseHopLimit', 'HttpPutResponseHopLimit', 'HttpPutResponseHopLimit', 'number'],
            ['HttpEndpoint', 'HttpEndpoint', 'HttpEndpoint', 'string'],
            ['HttpProtocolIpv6', 'HttpProtocolIpv6', 'HttpProtocolIpv6', 'string'],
            ['InstanceMetadataTags', 'InstanceMetadataTags', 'InstanceMetadataTags', 'string']
        ],
        InstanceMetadataOptionsResponse: [
            ['State', 'State', 'state', 'string'],
            ['HttpTokens', 'HttpTokens', 'httpTokens', 'string'],
            ['HttpPutResponseHopLimit', 'HttpPutResponseHopLimit', 'httpPutResponseHopLimit', 'number'],
            ['HttpEndpoint', 'HttpEndpoint', 'httpEndpoint', 'string'],
            ['HttpProtocolIpv6', 'HttpProtocolIpv6', 'httpProtocolIpv6', 'string'],
            ['InstanceMetadataTags', 'InstanceMetadataTags', 'instanceMetadataTags', 'string']
        ],
        InstanceNetworkInterface: [
            ['Association', 'Association', 'association', 'InstanceNetworkInterfaceAssociation'],
            ['Attachment', 'Attachment', 'attachment', 'InstanceNetworkInterfaceAttachment'],
            ['Description', 'Description', 'description', 'string'],
            ['Groups', 'GroupSet', 'groupSet', 'GroupIdentifierList'],
            ['Ipv6Addresses', 'Ipv6AddressesSet', 'ipv6AddressesSet', 'InstanceIpv6AddressList'],
            ['MacAddress', 'MacAddress', 'macAddress', 'string'],
            ['NetworkInterfaceId', 'NetworkInterfaceId', 'networkInterfaceId', 'string'],
            ['OwnerId', 'OwnerId', 'ownerId', 'string'],
            ['PrivateDnsName', 'PrivateDnsName', 'privateDnsName', 'string'],
            ['PrivateIpAddress', 'PrivateIpAddress', 'privateIpAddress', 'string'],
            [
                'PrivateIpAddresses',
                'PrivateIpAddressesSet',
                'privateIpAddressesSet',
                'InstancePrivateIpAddressList'
            ],
            ['SourceDestCheck', 'SourceDestCheck', 'sourceDestCheck', 'boolean'],
            ['Status', 'Status', 'status', 'string'],
            ['SubnetId', 'SubnetId', 'subnetId', 'string'],
            ['VpcId', 'VpcId', 'vpcId', 'string'],
            ['InterfaceType', 'InterfaceType', 'interfaceType', 'string'],
            ['Ipv4Prefixes', 'Ipv4PrefixSet', 'ipv4PrefixSet', 'InstanceIpv4PrefixList'],
            ['Ipv6Prefixes', 'Ipv6PrefixSet', 'ipv6PrefixSet', 'InstanceIpv6PrefixList'],
            [
                'ConnectionTrackingConfiguration',
                'ConnectionTrackingConfiguration',
                'connectionTrackingConfiguration',
                'ConnectionTrackingSpecificationResponse'
            ],
            ['Operator', 'Operator', 'operator', 'OperatorResponse']
        ],
        InstanceNetworkInterfaceAssociation: [
            ['CarrierIp', 'CarrierIp', 'carrierIp', 'string'],
            ['CustomerOwnedIp', 'CustomerOwnedIp', 'customerOwnedIp', 'string'],
            ['IpOwnerId', 'IpOwnerId', 'ipOwnerId', 'string'],
            ['PublicDnsName', 'PublicDnsName', 'publicDnsName', 'string'],
            ['PublicIp', 'PublicIp', 'publicIp', 'string']
        ],
        InstanceNetworkInterfaceAttachment: [
            ['AttachTime', 'AttachTime', 'attachTime', 'timestamp'],
            ['AttachmentId', 'AttachmentId', 'attachmentId', 'string'],
            ['DeleteOnTermination', 'DeleteOnTermination', 'deleteOnTermination', 'boolean'],
            ['DeviceIndex', 'DeviceIndex', 'deviceIndex', 'number'],
            ['Status', 'Status', 'status', 'string'],
            ['NetworkCardIndex', 'NetworkCardIndex', 'networkCardIndex', 'number'],
            [
                'EnaSrdSpecification',
                'EnaSrdSpecification',
                'enaSrdSpecification',
                'InstanceAttachmentEnaSrdSpecification'
            ],
            ['EnaQueueCount', 'EnaQueueCount', 'enaQueueCount', 'number']
        ],
        InstanceNetworkInterfaceSpecification: [
            [
                'AssociatePublicIpAddress',
                'AssociatePublicIpAddress',
                'associatePublicIpAddress',
                'boolean'
            ],
            ['DeleteOnTermination', 'DeleteOnTermination', 'deleteOnTermination', 'boolean'],
            ['Description', 'Description', 'description', 'string'],
            ['DeviceIndex', 'DeviceIndex', 'deviceIndex', 'number'],
            ['Groups', 'SecurityGroupId', 'SecurityGroupId', 'SecurityGroupIdStringList'],
            ['Ipv6AddressCount', 'Ipv6AddressCount', 'ipv6AddressCount', 'number'],
            ['Ipv6Addresses', 'Ipv6Addresses', 'ipv6AddressesSet', 'InstanceIpv6AddressList'],
            ['NetworkInterfaceId', 'NetworkInterfaceId', 'networkInterfaceId', 'string'],
            ['PrivateIpAddress', 'PrivateIpAddress', 'privateIpAddress', 'string'],
            [
                'PrivateIpAddresses',
                'PrivateIpAddresses',
                'privateIpAddressesSet',
                'PrivateIpAddressSpecificationList'
            ],
            [
                'SecondaryPrivateIpAddressCount',
                'SecondaryPrivateIpAddressCount',
                'secondaryPrivateIpAddressCount',
                'number'
            ],
            ['SubnetId', 'SubnetId', 'subnetId', 'string'],
            [
                'AssociateCarrierIpAddress',
                'AssociateCarrierIpAddress',
                'AssociateCarrierIpAddress',
                'boolean'
            ],
            ['InterfaceType', 'InterfaceType', 'InterfaceType', 'string'],
            ['NetworkCardIndex', 'NetworkCardIndex', 'NetworkCardIndex', 'number'],
            ['Ipv4Prefixes', 'Ipv4Prefix', 'Ipv4Prefix', 'Ipv4PrefixList'],
            ['Ipv4PrefixCount', 'Ipv4PrefixCount', 'Ipv4PrefixCount', 'number'],
            ['Ipv6Prefixes', 'Ipv6Prefix', 'Ipv6Prefix', 'Ipv6PrefixList'],
            ['Ipv6PrefixCount', 'Ipv6PrefixCount', 'Ipv6PrefixCount', 'number'],
            ['PrimaryIpv6', 'PrimaryIpv6', 'PrimaryIpv6', 'boolean'],
            [
                'EnaSrdSpecification',
                'EnaSrdSpecification',
                'EnaSrdSpecification',
                'EnaSrdSpecificationRequest'
            ],
            [
                'ConnectionTrackingSpecification',
                'ConnectionTrackingSpecification',
                'ConnectionTrackingSpecification',
                'ConnectionTrackingSpecificationRequest'
            ],
            ['EnaQueueCount', 'EnaQueueCount', 'EnaQueueCount', 'number']
        ],
        InstanceNetworkPerformanceOptions: [
            ['BandwidthWeighting', 'BandwidthWeighting', 'bandwidthWeighting', 'string']
        ],
        InstanceNetworkPerformanceOptionsRequest: [
            ['BandwidthWeighting', 'BandwidthWeighting', 'BandwidthWeighting', 'string']
        ],
        InstancePrivateIpAddress: [
            ['Association', 'Association', 'association', 'InstanceNetworkInterfaceAssociation'],
            ['Primary', 'Primary', 'primary', 'boolean'],
            ['PrivateDnsName', 'PrivateDnsName', 'privateDnsName', 'string'],
            ['PrivateIpAddress', 'PrivateIpAddress', 'privateIpAddress', 'string']
        ],
        InstanceSecondaryInterface: [
            ['Attachment', 'Attachment', 'attachment', 'InstanceSecondaryInterfaceAttachment'],
            ['MacAddress', 'MacAddress', 'macAddress', 'string'],
            ['SecondaryInterfaceId', 'SecondaryInterfaceId', 'secondaryInterfaceId', 'string'],
            ['OwnerId', 'OwnerId', 'ownerId', 'string'],
            [
                'PrivateIpAddresses',
                'PrivateIpAddressSet',
                'privateIpAddressSet',
                'InstanceSecondaryInterfacePrivateIpAddressList'
            ],
            ['SourceDestCheck', 'SourceDestCheck', 'sourceDestCheck', 'boolean'],
            ['Status', 'Status', 'status', 'string'],
            ['SecondarySubnetId', 'SecondarySubnetId', 'secondarySubnetId', 'string'],
            ['SecondaryNetworkId', 'SecondaryNetworkId', 'secondaryNetworkId', 'string'],
            ['InterfaceType', 'InterfaceType', 'interfaceType', 'string']
        ],
        InstanceSecondaryInterfaceAttachment: [
            ['AttachTime', 'AttachTime', 'attachTime', 'timestamp'],
            ['AttachmentId', 'AttachmentId', 'attachmentId', 'string'],
            ['DeleteOnTermination', 'DeleteOnTermination', 'deleteOnTermination', 'boolean'],
            ['DeviceIndex', 'DeviceIndex', 'deviceIndex', 'number'],
            ['Status', 'Status', 'status', 'string'],
            ['NetworkCardIndex', 'NetworkCardIndex', 'networkCardIndex', 'number']
        ],
        InstanceSecondaryInterfacePrivateIpAddress: [
            ['PrivateIpAddress', 'PrivateIpAddress', 'privateIpAddress', 'string']
        ],
        InstanceSecondaryInterfacePrivateIpAddressRequest: [
            ['PrivateIpAddress', 'PrivateIpAddress', 'PrivateIpAddress', 'string']
        ],
        InstanceSecondaryInterfaceSpecificationRequest: [
            ['DeleteOnTermination', 'DeleteOnTermination', 'DeleteOnTermination', 'boolean'],
            ['DeviceIndex', 'DeviceIndex', 'DeviceIndex', 'number'],
            [
                'PrivateIpAddresses',
                'PrivateIpAddress',
                'PrivateIpAddress',
                'InstanceSecondaryInterfacePrivateIpAddressListRequest'
            ],
            ['PrivateIpAddressCount', 'PrivateIpAddressCount', 'PrivateIpAddressCount', 'number'],
            ['SecondarySubnetId', 'SecondarySubnetId', 'SecondarySubnetId', 'string'],
            ['InterfaceType', 'InterfaceType', 'InterfaceType', 'string'],
            ['NetworkCardIndex', 'NetworkCardIndex', 'NetworkCardIndex', 'number']
        ],
        InstanceState: [
            ['Code', 'Code', 'code', 'number'],
            ['Name', 'Name', 'name', 'string']
        ],
        InstanceStateChange: [
            ['InstanceId', 'InstanceId', 'instanceId', 'string'],
            ['CurrentState', 'CurrentState', 'currentState', 'InstanceState'],
            ['PreviousState', 'PreviousState', 'previousState', 'InstanceState']
        ],
        InstanceTypeItem: [['InstanceType', 'InstanceType', 'instanceType', 'string']],
        InstanceTypeSpecification: [
            [
                'SupportedInstanceTypes',
                'SupportedInstanceTypeSet',
                'supportedInstanceTypeSet',
                'SupportedInstanceTypeSet'
            ],
            [
                'UnsupportedInstanceTypes',
                'UnsupportedInstanceTypeSet',
                'unsupportedInstanceTypeSet',
                'UnsupportedInstanceTypeSet'
            ]
        ],
        IpPermission: [
            ['IpProtocol', 'IpProtocol', 'ipProtocol', 'string'],
            ['FromPort', 'FromPort', 'fromPort', 'number'],
            ['ToPort', 'ToPort', 'toPort', 'number'],
            ['UserIdGroupPairs', 'Groups', 'groups', 'UserIdGroupPairList'],
            ['IpRanges', 'IpRanges', 'ipRanges', 'IpRangeList'],
            ['Ipv6Ranges', 'Ipv6Ranges', 'ipv6Ranges', 'Ipv6RangeList'],
            ['PrefixListIds', 'PrefixListIds', 'prefixListIds', 'PrefixListIdList']
        ],
        IpRange: [
            ['Description', 'Description', 'description', 'string'],
            ['CidrIp', 'CidrIp', 'cidrIp', 'string']
        ],
        Ipv4PrefixSpecificationRequest: [['Ipv4Prefix', 'Ipv4Prefix', 'Ipv4Prefix', 'string']],
        Ipv6PrefixSpecificationRequest: [['Ipv6Prefix', 'Ipv6Prefix', 'Ipv6Prefix', 'string']],
        Ipv6Range: [
            ['Description', 'Description', 'description', 'string'],
            ['CidrIpv6', 'CidrIpv6', 'cidrIpv6', 'string']
        ],
        KeyPairInfo: [
            ['KeyPairId', 'KeyPairId', 'keyPairId', 'string'],
            ['KeyType', 'KeyType', 'keyType', 'string'],
            ['Tags', 'TagSet', 'tagSet', 'TagList'],
            ['PublicKey', 'PublicKey', 'publicKey', 'string'],
            ['CreateTime', 'CreateTime', 'createTime', 'timestamp'],
            ['KeyName', 'KeyName', 'keyName', 'string'],
            ['KeyFingerprint', 'KeyFingerprint', 'keyFingerprint', 'string']
        ],
        LaunchPermission: [
            ['OrganizationArn', 'OrganizationArn', 'organizationArn', 'string'],
            ['OrganizationalUnitArn', 'OrganizationalUnitArn', 'organizationalUnitArn', 'string'],
            ['UserId', 'UserId', 'userId', 'string'],
            ['Group', 'Group', 'group', 'string']
        ],
        LaunchPermissionModifications: [
            ['Add', 'Add', 'Add', 'LaunchPermissionList'],
            ['Remove', 'Remove', 'Remove', 'LaunchPermissionList']
        ],
        LaunchTemplateSpecification: [
            ['LaunchTemplateId', 'LaunchTemplateId', 'LaunchTemplateId', 'string'],
            ['LaunchTemplateName', 'LaunchTemplateName', 'LaunchTemplateName', 'string'],
            ['Version', 'Version', 'Version', 'string']
        ],
        LicenseConfiguration: [
            ['LicenseConfigurationArn', 'LicenseConfigurationArn', 'licenseConfigurationArn', 'string']
        ],
        LicenseConfigurationRequest: [
            ['LicenseConfigurationArn', 'LicenseConfigurationArn', 'LicenseConfigurationArn', 'string']
        ],
        ModifyImageAttributeRequest: [
            ['ImageId', 'ImageId', 'ImageId', 'string'],
            ['Attribute', 'Attribute', 'Attribute', 'string'],
            ['Description', 'Description', 'Description', 'AttributeValue'],
            ['LaunchPermission', 'LaunchPermission', 'LaunchPermission', 'LaunchPermissionModifications'],
            ['OperationType', 'OperationType', 'OperationType', 'string'],
            ['ProductCodes', 'ProductCode', 'ProductCode', 'ProductCodeStringList'],
            ['UserGroups', 'UserGroup', 'UserGroup', 'UserGroupStringList'],
            ['UserIds', 'UserId', 'UserId', 'UserIdStringList'],
            ['Value', 'Value', 'Value', 'string'],
            ['OrganizationArns', 'OrganizationArn', 'OrganizationArn', 'OrganizationArnStringList'],
            [
                'OrganizationalUnitArns',
                'OrganizationalUnitArn',
                'OrganizationalUnitArn',
                'OrganizationalUnitArnStringList'
            ],
            ['ImdsSupport', 'ImdsSupport', 'ImdsSupport', 'AttributeValue'],
            ['DryRun', 'DryRun', 'dryRun', 'boolean']
        ],
        ModifyInstanceAttributeRequest: [
            ['InstanceId', 'InstanceId', 'instanceId', 'string'],
            ['SourceDestCheck', 'SourceDestCheck', 'SourceDestCheck', 'AttributeBooleanValue'],
            ['EnclaveOptions', 'EnclaveOptions', 'EnclaveOptions', 'EnclaveOptionsRequest'],
            ['DisableApiStop', 'DisableApiStop', 'DisableApiStop', 'AttributeBooleanValue'],
            ['DryRun', 'DryRun', 'dryRun', 'boolean'],
            ['Attribute', 'Attribute', 'attribute', 'string'],
            ['Value', 'Value', 'value', 'string'],
            [
                'BlockDeviceMappings',
                'BlockDeviceMapping',
                'blockDeviceMapping',
                'InstanceBlockDeviceMappingSpecificationList'
            ],
            [
                'DisableApiTermination',
                'DisableApiTermination',
                'disableApiTermination',
                'AttributeBooleanValue'
            ],
            ['InstanceType', 'InstanceType', 'instanceType', 'AttributeValue'],
            ['Kernel', 'Kernel', 'kernel', 'AttributeValue'],
            ['Ramdisk', 'Ramdisk', 'ramdisk', 'AttributeValue'],
            ['UserData', 'UserData', 'userData', 'SecureBlobAttributeValue'],
            [
                'InstanceInitiatedShutdownBehavior',
                'InstanceInitiatedShutdownBehavior',
                'instanceInitiatedShutdownBehavior',
                'AttributeValue'
            ],
            ['Groups', 'GroupId', 'GroupId', 'GroupIdStringList'],
            ['EbsOptimized', 'EbsOptimized', 'ebsOptimized', 'AttributeBooleanValue'],
            ['SriovNetSupport', 'SriovNetSupport', 'sriovNetSupport', 'AttributeValue'],
            ['EnaSupport', 'EnaSupport', 'enaSupport', 'AttributeBooleanValue']
        ],
        ModifySnapshotAttributeRequest: [
            ['SnapshotId', 'SnapshotId', 'SnapshotId', 'string'],
            ['Attribute', 'Attribute', 'Attribute', 'string'],
            [
                'CreateVolumePermission',
                'CreateVolumePermission',
                'CreateVolumePermission',
                'CreateVolumePermissionModifications'
            ],
            ['GroupNames', 'UserGroup', 'UserGroup', 'GroupNameStringList'],
            ['OperationType', 'OperationType', 'OperationType', 'string'],
            ['UserIds', 'UserId', 'UserId', 'UserIdStringList'],
            ['DryRun', 'DryRun', 'dryRun', 'boolean']
        ],
        Monitoring: [
            ['MetricCategoryIds', 'MetricCategoryIdSet', 'metricCategoryIdSet', 'MetricCategoryIdList'],
            ['State', 'State', 'state', 'string']
        ],
        OperatorRequest: [['Principal', 'Principal', 'Principal', 'string']],
        OperatorResponse: [
            ['Managed', 'Managed', 'managed', 'boolean'],
            ['Principal', 'Principal', 'principal', 'string'],
            ['HiddenByDefault', 'HiddenByDefault', 'hiddenByDefault', 'boolean']
        ],
        Placement: [
            ['AvailabilityZoneId', 'AvailabilityZoneId', 'availabilityZoneId', 'string'],
            ['Affinity', 'Affinity', 'affinity', 'string'],
            ['GroupName', 'GroupName', 'groupName', 'string'],
            ['PartitionNumber', 'PartitionNumber', 'partitionNumber', 'number'],
            ['HostId', 'HostId', 'hostId', 'string'],
            ['Tenancy', 'Tenancy', 'tenancy', 'string'],
            ['SpreadDomain', 'SpreadDomain', 'spreadDomain', 'string'],
            ['HostResourceGroupArn', 'HostResourceGroupArn', 'hostResourceGroupArn', 'string'],
            ['GroupId', 'GroupId', 'groupId', 'string'],
            ['AvailabilityZone', 'AvailabilityZone', 'availabilityZone', 'string']
        ],
        PrefixListId: [
            ['Description', 'Description', 'description', 'string'],
            ['PrefixListId', 'PrefixListId', 'prefixListId', 'string']
        ],
        PrivateDnsNameOptionsOnLaunch: [
            ['HostnameType', 'HostnameType', 'hostnameType', 'string'],
            [
                'EnableResourceNameDnsARecord',
                'EnableResourceNameDnsARecord',
                'enableResourceNameDnsARecord',
                'boolean'
            ],
            [
                'EnableResourceNameDnsAAAARecord',
                'EnableResourceNameDnsAAAARecord',
                'enableResourceNameDnsAAAARecord',
                'boolean'
            ]
        ],
        PrivateDnsNameOptionsRequest: [
            ['HostnameType', 'HostnameType', 'HostnameType', 'string'],
            [
                'EnableResourceNameDnsARecord',
                'EnableResourceNameDnsARecord',
                'EnableResourceNameDnsARecord',
                'boolean'
            ],
            [
                'EnableResourceNameDnsAAAARecord',
                'EnableResourceNameDnsAAAARecord',
                'EnableResourceNameDnsAAAARecord',
                'boolean'
            ]
        ],
        PrivateDnsNameOptionsResponse: [
            ['HostnameType', 'HostnameType', 'hostnameType', 'string'],
            [
                'EnableResourceNameDnsARecord',
                'EnableResourceNameDnsARecord',
                'enableResourceNameDnsARecord',
                'boolean'
            ],
            [
                'EnableResourceNameDnsAAAARecord',
                'EnableResourceNameDnsAAAARecord',
                'enableResourceNameDnsAAAARecord',
                'boolean'
            ]
        ],
        PrivateIpAddressSpecification: [
            ['Primary', 'Primary', 'primary', 'boolean'],
            ['PrivateIpAddress', 'PrivateIpAddress', 'privateIpAddress', 'string']
        ],
        ProductCode: [
            ['ProductCodeId', 'ProductCode', 'productCode', 'string'],
            ['ProductCodeType', 'Type', 'type', 'string']
        ],
        ReferencedSecurityGroup: [
            ['GroupId', 'GroupId', 'groupId', 'string'],
            ['PeeringStatus', 'PeeringStatus', 'peeringStatus', 'string'],
            ['UserId', 'UserId', 'userId', 'string'],
            ['VpcId', 'VpcId', 'vpcId', 'string'],
            ['VpcPeeringConnectionId', 'VpcPeeringConnectionId', 'vpcPeeringConnectionId', 'string']
        ],
        Region: [
            ['OptInStatus', 'OptInStatus', 'optInStatus', 'string'],
            ['Geography', 'GeographySet', 'geographySet', 'RegionGeographyList'],
            ['RegionName', 'RegionName', 'regionName', 'string'],
            ['Endpoint', 'RegionEndpoint', 'regionEndpoint', 'string']
        ],
        RegionGeography: [['Name', 'Name', 'name', 'string']],
        Reservation: [
            ['ReservationId', 'ReservationId', 'reservationId', 'string'],
            ['OwnerId', 'OwnerId', 'ownerId', 'string'],
            ['RequesterId', 'RequesterId', 'requesterId', 'string'],
            ['Groups', 'GroupSet', 'groupSet', 'GroupIdentifierList'],
            ['Instances', 'InstancesSet', 'instancesSet', 'InstanceList']
        ],
        RunInstancesMonitoringEnabled: [
            ['Enabled', 'Enabled', 'enabled', 'boolean'],
            ['MetricCategoryIds', 'MetricCategoryId', 'MetricCategoryId', 'MetricCategoryIdList']
        ],
        RunInstancesRequest: [
            ['MaxCount', 'MaxCount', 'MaxCount', 'number'],
            ['MinCount', 'MinCount', 'MinCount', 'number'],
            [
                'BlockDeviceMappings',
                'BlockDeviceMapping',
                'BlockDeviceMapping',
                'BlockDeviceMappingRequestList'
            ],
            ['ImageId', 'ImageId', 'ImageId', 'string'],
            ['InstanceType', 'InstanceType', 'InstanceType', 'string'],
            ['Ipv6AddressCount', 'Ipv6AddressCount', 'Ipv6AddressCount', 'number'],
            ['Ipv6Addresses', 'Ipv6Address', 'Ipv6Address', 'InstanceIpv6AddressList'],
            ['KernelId', 'KernelId', 'KernelId', 'string'],
            ['KeyName', 'KeyName', 'KeyName', 'string'],
            ['Monitoring', 'Monitoring', 'Monitoring', 'RunInstancesMonitoringEnabled'],
            ['Placement', 'Placement', 'Placement', 'Placement'],
            ['RamdiskId', 'RamdiskId', 'RamdiskId', 'string'],
            ['SecurityGroupIds', 'SecurityGroupId', 'SecurityGroupId', 'SecurityGroupIdStringList'],
            ['SecurityGroups', 'SecurityGroup', 'SecurityGroup', 'SecurityGroupStringList'],
            ['SubnetId', 'SubnetId', 'SubnetId', 'string'],
            ['UserData', 'UserData', 'UserData', 'string'],
            [
                'ElasticGpuSpecification',
                'ElasticGpuSpecification',
                'ElasticGpuSpecification',
                'ElasticGpuSpecifications'
            ],
            [
                'ElasticInferenceAccelerators',
                'ElasticInferenceAccelerator',
                'ElasticInferenceAccelerator',
                'ElasticInferenceAccelerators'
            ],
            ['TagSpecifications', 'TagSpecification', 'TagSpecification', 'TagSpecificationList'],
            ['LaunchTemplate', 'LaunchTemplate', 'LaunchTemplate', 'LaunchTemplateSpecification'],
            [
                'InstanceMarketOptions',
                'InstanceMarketOptions',
                'InstanceMarketOptions',
                'InstanceMarketOptionsRequest'
            ],
            [
                'CreditSpecification',
                'CreditSpecification',
                'CreditSpecification',
                'CreditSpecificationRequest'
            ],
            ['CpuOptions', 'CpuOptions', 'CpuOptions', 'CpuOptionsRequest'],
            [
                'CapacityReservationSpecification',
                'CapacityReservationSpecification',
                'CapacityReservationSpecification',
                'CapacityReservationSpecification'
            ],
            [
                'HibernationOptions',
                'HibernationOptions',
                'HibernationOptions',
                'HibernationOptionsRequest'
            ],
            [
                'LicenseSpecifications',
                'LicenseSpecification',
                'LicenseSpecification',
                'LicenseSpecificationListRequest'
            ],
            ['MetadataOptions', 'MetadataOptions', 'MetadataOptions', 'InstanceMetadataOptionsRequest'],
            ['EnclaveOptions', 'EnclaveOptions', 'EnclaveOptions', 'EnclaveOptionsRequest'],
            [
                'PrivateDnsNameOptions',
                'PrivateDnsNameOptions',
                'PrivateDnsNameOptions',
                'PrivateDnsNameOptionsRequest'
            ],
            [
                'MaintenanceOptions',
                'MaintenanceOptions',
                'MaintenanceOptions',
                'InstanceMaintenanceOptionsRequest'
            ],
            ['DisableApiStop', 'DisableApiStop', 'DisableApiStop', 'boolean'],
            ['EnablePrimaryIpv6', 'EnablePrimaryIpv6', 'EnablePrimaryIpv6', 'boolean'],
            [
                'NetworkPerformanceOptions',
                'NetworkPerformanceOptions',
                'NetworkPerformanceOptions',
                'InstanceNetworkPerformanceOptionsRequest'
            ],
            ['Operator', 'Operator', 'Operator', 'OperatorRequest'],
            [
                'SecondaryInterfaces',
                'SecondaryInterface',
                'SecondaryInterface',
                'InstanceSecondaryInterfaceSpecificationListRequest'
            ],
            ['DryRun', 'DryRun', 'dryRun', 'boolean'],
            ['DisableApiTermination', 'DisableApiTermination', 'disableApiTermination', 'boolean'],
            [
                'InstanceInitiatedShutdownBehavior',
                'InstanceInitiatedShutdownBehavior',
                'instanceInitiatedShutdownBehavior',
                'string'
            ],
            ['PrivateIpAddress', 'PrivateIpAddress', 'privateIpAddress', 'string'],
            ['ClientToken', 'ClientToken', 'clientToken', 'string', 1],
            ['AdditionalInfo', 'AdditionalInfo', 'additionalInfo', 'string'],
            [
                'NetworkInterfaces',
                'NetworkInterface',
                'networkInterface',
                'InstanceNetworkInterfaceSpecificationList'
            ],
            [
                'IamInstanceProfile',
                'IamInstanceProfile',
                'iamInstanceProfile',
                'IamInstanceProfileSpecification'
            ],
            ['EbsOptimized', 'EbsOptimized', 'ebsOptimized', 'boolean']
        ],
        ScanResults: [
            [
                'HighestFindingSeverityLabel',
                'HighestFindingSeverityLabel',
                'highestFindingSeverityLabel',
                'string'
            ],
            ['FindingScanDate', 'FindingScanDate', 'findingScanDate', 'timestamp'],
            [
                'InformationalFixAvailableSince',
                'InformationalFixAvailableSince',
                'informationalFixAvailableSince',
                'timestamp'
            ],
            ['LowFixAvailableSince', 'LowFixAvailableSince', 'lowFixAvailableSince', 'timestamp'],
            [
                'MediumFixAvailableSince',
                'MediumFixAvailableSince',
                'mediumFixAvailableSince',
                'timestamp'
            ],
            ['HighFixAvailableSince', 'HighFixAvailableSince', 'highFixAvailableSince', 'timestamp'],
            [
                'CriticalFixAvailableSince',
                'CriticalFixAvailableSince',
                'criticalFixAvailableSince',
                'timestamp'
            ]
        ],
        SecureBlobAttributeValue: [['Value', 'Value', 'value', 'blob']],
        SecurityGroup: [
            ['GroupId', 'GroupId', 'groupId', 'string'],
            ['IpPermissionsEgress', 'IpPermissionsEgress', 'ipPermissionsEgress', 'IpPermissionList'],
            ['Tags', 'TagSet', 'tagSet', 'TagList'],
            ['VpcId', 'VpcId', 'vpcId', 'string'],
            ['SecurityGroupArn', 'SecurityGroupArn', 'securityGroupArn', 'string'],
            ['OwnerId', 'OwnerId', 'ownerId', 'string'],
            ['GroupName', 'GroupName', 'groupName', 'string'],
            ['Description', 'GroupDescription', 'groupDescription', 'string'],
            ['IpPermissions', 'IpPermissions', 'ipPermissions', 'IpPermissionList']
        ],
        SecurityGroupRule: [
            ['SecurityGroupRuleId', 'SecurityGroupRuleId', 'securityGroupRuleId', 'string'],
            ['GroupId', 'GroupId', 'groupId', 'string'],
            ['GroupOwnerId', 'GroupOwnerId', 'groupOwnerId', 'string'],
            ['IsEgress', 'IsEgress', 'isEgress', 'boolean'],
            ['IpProtocol', 'IpProtocol', 'ipProtocol', 'string'],
            ['FromPort', 'FromPort', 'fromPort', 'number'],
            ['ToPort', 'ToPort', 'toPort', 'number'],
            ['CidrIpv4', 'CidrIpv4', 'cidrIpv4', 'string'],
            ['CidrIpv6', 'CidrIpv6', 'cidrIpv6', 'string'],
            ['PrefixListId', 'PrefixListId', 'prefixListId', 'string'],
            [
                'ReferencedGroupInfo',
                'ReferencedGroupInfo',
                'referencedGroupInfo',
                'ReferencedSecurityGroup'
            ],
            ['Description', 'Description', 'description', 'string'],
            ['Tags', 'TagSet', 'tagSet', 'TagList'],
            ['SecurityGroupRuleArn', 'SecurityGroupRuleArn', 'securityGroupRuleArn', 'string']
        ],
        Snapshot: [
            ['OwnerAlias', 'OwnerAlias', 'ownerAlias', 'string'],
            ['OutpostArn', 'OutpostArn', 'outpostArn', 'string'],
            ['Tags', 'TagSet', 'tagSet', 'TagList'],
            ['StorageTier', 'StorageTier', 'storageTier', 'string'],
            ['RestoreExpiryTime', 'RestoreExpiryTime', 'restoreExpiryTime', 'timestamp'],
            ['SseType', 'SseType', 'sseType', 'string'],
            ['AvailabilityZone', 'AvailabilityZone', 'availabilityZone', 'string'],
            ['TransferType', 'TransferType', 'transferType', 'string'],
            [
                'CompletionDurationMinutes',
                'CompletionDurationMinutes',
                'completionDurationMinutes',
                'number'
            ],
            ['CompletionTime', 'CompletionTime', 'completionTime', 'timestamp'],
            ['FullSnapshotSizeInBytes', 'FullSnapshotSizeInBytes', 'fullSnapshotSizeInBytes', 'number'],
            ['SnapshotId', 'SnapshotId', 'snapshotId', 'string'],
            ['VolumeId', 'VolumeId', 'volumeId', 'string'],
            ['State', 'Status', 'status', 'string'],
            ['StateMessage', 'StatusMessage', 'statusMessage', 'string'],
            ['StartTime', 'StartTime', 'startTime', 'timestamp'],
            ['Progress', 'Progress', 'progress', 'string'],
            ['OwnerId', 'OwnerId', 'ownerId', 'string'],
            ['Description', 'Description', 'description', 'string'],
            ['VolumeSize', 'VolumeSize', 'volumeSize', 'number'],
            ['Encrypted', 'Encrypted', 'encrypted', 'boolean'],
            ['KmsKeyId', 'KmsKeyId', 'kmsKeyId', 'string'],
            ['DataEncryptionKeyId', 'DataEncryptionKeyId', 'dataEncryptionKeyId', 'string']
        ],
        SpotMarketOptions: [
            ['MaxPrice', 'MaxPrice', 'MaxPrice', 'string'],
            ['SpotInstanceType', 'SpotInstanceType', 'SpotInstanceType', 'string'],
            ['BlockDurationMinutes', 'BlockDurationMinutes', 'BlockDurationMinutes', 'number'],
            ['ValidUntil', 'ValidUntil', 'ValidUntil', 'timestamp'],
            [
                'InstanceInterruptionBehavior',
                'InstanceInterruptionBehavior',
                'InstanceInterruptionBehavior',
                'string'
            ]
        ],
        StateReason: [
            ['Code', 'Code', 'code', 'string'],
            ['Message', 'Message', 'message', 'string']
        ],
        StopInstancesRequest: [
            ['InstanceIds', 'InstanceId', 'InstanceId', 'InstanceIdStringList'],
            ['Hibernate', 'Hibernate', 'Hibernate', 'boolean'],
            ['SkipOsShutdown', 'SkipOsShutdown', 'SkipOsShutdown', 'boolean'],
            ['DryRun', 'DryRun', 'dryRun', 'boolean'],
            ['Force', 'Force', 'force', 'boolean']
        ],
        StopInstancesResult: [
            ['StoppingInstances', 'InstancesSet', 'instancesSet', 'InstanceStateChangeList']
        ],
        Subnet: [
            ['AvailabilityZoneId', 'AvailabilityZoneId', 'availabilityZoneId', 'string'],
            ['EnableLniAtDeviceIndex', 'EnableLniAtDeviceIndex', 'enableLniAtDeviceIndex', 'number'],
            [
                'MapCustomerOwnedIpOnLaunch',
                'MapCustomerOwnedIpOnLaunch',
                'mapCustomerOwnedIpOnLaunch',
                'boolean'
            ],
            ['CustomerOwnedIpv4Pool', 'CustomerOwnedIpv4Pool', 'customerOwnedIpv4Pool', 'string'],
            ['OwnerId', 'OwnerId', 'ownerId', 'string'],
            [
                'AssignIpv6AddressOnCreation',
                'AssignIpv6AddressOnCreation',
                'assignIpv6AddressOnCreation',
                'boolean'
            ],
            [
                'Ipv6CidrBlockAssociationSet',
                'Ipv6CidrBlockAssociationSet',
                'ipv6CidrBlockAssociationSet',
                'SubnetIpv6CidrBlockAssociationSet'
            ],
            ['Tags', 'TagSet', 'tagSet', 'TagList'],
            ['SubnetArn', 'SubnetArn', 'subnetArn', 'string'],
            ['OutpostArn', 'OutpostArn', 'outpostArn', 'string'],
            ['EnableDns64', 'EnableDns64', 'enableDns64', 'boolean'],
            ['Ipv6Native', 'Ipv6Native', 'ipv6Native', 'boolean'],
            [
                'PrivateDnsNameOptionsOnLaunch',
                'PrivateDnsNameOptionsOnLaunch',
                'privateDnsNameOptionsOnLaunch',
                'PrivateDnsNameOptionsOnLaunch'
            ],
            [
                'BlockPublicAccessStates',
                'BlockPublicAccessStates',
                'blockPublicAccessStates',
                'BlockPublicAccessStates'
            ],
            ['Type', 'Type', 'type', 'string'],
            ['SubnetId', 'SubnetId', 'subnetId', 'string'],
            ['State', 'State', 'state', 'string'],
            ['VpcId', 'VpcId', 'vpcId', 'string'],
            ['CidrBlock', 'CidrBlock', 'cidrBlock', 'string'],
            ['AvailableIpAddressCount', 'AvailableIpAddressCount', 'availableIpAddressCount', 'number'],
            ['AvailabilityZone', 'AvailabilityZone', 'availabilityZone', 'string'],
            ['DefaultForAz', 'DefaultForAz', 'defaultForAz', 'boolean'],
            ['MapPublicIpOnLaunch', 'MapPublicIpOnLaunch', 'mapPublicIpOnLaunch', 'boolean']
        ],
        SubnetCidrBlockState: [
            ['State', 'State', 'state', 'string'],
            ['StatusMessage', 'StatusMessage', 'statusMessage', 'string']
        ],
        SubnetIpv6CidrBlockAssociation: [
            ['AssociationId', 'AssociationId', 'associationId', 'string'],
            ['Ipv6CidrBlock', 'Ipv6CidrBlock', 'ipv6CidrBlock', 'string'],
            ['Ipv6CidrBlockState', 'Ipv6CidrBlockState', 'ipv6CidrBlockState', 'SubnetCidrBlockState'],
            ['Ipv6AddressAttribute', 'Ipv6AddressAttribute', 'ipv6AddressAttribute', 'string'],
            ['IpSource', 'IpSource', 'ipSource', 'string']
        ],
        Tag: [
            ['Key', 'Key', 'key', 'string'],
            ['Value', 'Value', 'value', 'string']
        ],
        TagSpecification: [
            ['ResourceType', 'ResourceType', 'resourceType', 'string'],
            ['Tags', 'Tag', 'Tag', 'TagList']
        ],
        TerminateInstancesRequest: [
            ['InstanceIds', 'InstanceId', 'InstanceId', 'InstanceIdStringList'],
            ['Force', 'Force', 'Force', 'boolean'],
            ['SkipOsShutdown', 'SkipOsShutdown', 'SkipOsShutdown', 'boolean'],
            ['DryRun', 'DryRun', 'dryRun', 'boolean']
        ],
        TerminateInstancesResult: [
            ['TerminatingInstances', 'InstancesSet', 'instancesSet', 'InstanceStateChangeList']
        ],
        UserIdGroupPair: [
            ['Description', 'Description', 'description', 'string'],
            ['UserId', 'UserId', 'userId', 'string'],
            ['GroupName', 'GroupName', 'groupName', 'string'],
            ['GroupId', 'GroupId', 'groupId', 'string'],
            ['VpcId', 'VpcId', 'vpcId', 'string'],
            ['VpcPeeringConnectionId', 'VpcPeeringConnectionId', 'vpcPeeringConnectionId', 'string'],
            ['PeeringStatus', 'PeeringStatus', 'peeringStatus', 'string']
        ],
        Vpc: [
            ['OwnerId', 'OwnerId', 'ownerId', 'string'],
            ['InstanceTenancy', 'InstanceTenancy', 'instanceTenancy', 'string'],
            [
                'Ipv6CidrBlockAssociationSet',
                'Ipv6CidrBlockAssociationSet',
                'ipv6CidrBlockAssociationSet',
                'VpcIpv6CidrBlockAssociationSet'
            ],
            [
                'CidrBlockAssociationSet',
                'CidrBlockAssociationSet',
                'cidrBlockAssociationSet',
                'VpcCidrBlockAssociationSet'
            ],
            ['IsDefault', 'IsDefault', 'isDefault', 'boolean'],
            ['EncryptionControl', 'EncryptionControl', 'encryptionControl', 'VpcEncryptionControl'],
            ['Tags', 'TagSet', 'tagSet', 'TagList'],
            [
                'BlockPublicAccessStates',
                'BlockPublicAccessStates',
                'blockPublicAccessStates',
                'BlockPublicAccessStates'
            ],
            ['VpcId', 'VpcId', 'vpcId', 'string'],
            ['State', 'State', 'state', 'string'],
            ['CidrBlock', 'CidrBlock', 'cidrBlock', 'string'],
            ['DhcpOptionsId', 'DhcpOptionsId', 'dhcpOptionsId', 'string']
        ],
        VpcCidrBlockAssociation: [
            ['AssociationId', 'AssociationId', 'associationId', 'string'],
            ['CidrBlock', 'CidrBlock', 'cidrBlock', 'string'],
            ['CidrBlockState', 'CidrBlockState', 'cidrBlockState', 'VpcCidrBlockState']
        ],
        VpcCidrBlockState: [
            ['State', 'State', 'state', 'string'],
            ['StatusMessage', 'StatusMessage', 'statusMessage', 'string']
        ],
        VpcEncryptionControl: [
            ['VpcId', 'VpcId', 'vpcId', 'string'],
            ['VpcEncryptionControlId', 'VpcEncryptionControlId', 'vpcEncryptionControlId', 'string'],
            ['Mode', 'Mode', 'mode', 'string'],
            ['State', 'State', 'state', 'string'],
            ['StateMessage', 'StateMessage', 'stateMessage', 'string'],
            [
                'ResourceExclusions',
                'ResourceExclusions',
                'resourceExclusions',
                'VpcEncryptionControlExclusions'
            ],
            ['Tags', 'TagSet', 'tagSet', 'TagList']
        ],
        VpcEncryptionControlExclusion: [
            ['State', 'State', 'state', 'string'],
            ['StateMessage', 'StateMessage', 'stateMessage', 'string']
        ],
        VpcEncryptionControlExclusions: [
            ['InternetGateway', 'InternetGateway', 'internetGateway', 'VpcEncryptionControlExclusion'],
            [
                'EgressOnlyInternetGateway',
                'EgressOnlyInternetGateway',
                'egressOnlyInternetGateway',
                'VpcEncryptionControlExclusion'
            ],
            ['NatGateway', 'NatGateway', 'natGateway', 'VpcEncryptionControlExclusion'],
            [
                'VirtualPrivateGateway',
                'VirtualPrivateGateway',
                'virtualPrivateGateway',
                'VpcEncryptionControlExclusion'
            ],
            ['VpcPeering', 'VpcPeering', 'vpcPeering', 'VpcEncryptionControlExclusion'],
            ['Lambda', 'Lambda', 'lambda', 'VpcEncryptionControlExclusion'],
            ['VpcLattice', 'VpcLattice', 'vpcLattice', 'VpcEncryptionControlExclusion'],
            [
                'ElasticFileSystem',
                'ElasticFileSystem',
                'elasticFileSystem',
                'VpcEncryptionControlExclusion'
            ],
            [
                'GlobalAccelerator',
                'GlobalAccelerator',
                'globalAccelerator',
                'VpcEncryptionControlExclusion'
            ],
            ['ApiGatewayV2', 'ApiGatewayV2', 'apiGatewayV2', 'VpcEncryptionControlExclusion']
        ],
        VpcIpv6CidrBlockAssociation: [
            ['AssociationId', 'AssociationId', 'associationId', 'string'],
            ['Ipv6CidrBlock', 'Ipv6CidrBlock', 'ipv6CidrBlock', 'string'],
            ['Ipv6CidrBlockState', 'Ipv6CidrBlockState', 'ipv6CidrBlockState', 'VpcCidrBlockState'],
            ['NetworkBorderGroup', 'NetworkBorderGroup', 'networkBorderGroup', 'string'],
            ['Ipv6Pool', 'Ipv6Pool', 'ipv6Pool', 'string'],
            ['Ipv6AddressAttribute', 'Ipv6AddressAttribute', 'ipv6AddressAttribute', 'string'],
            ['IpSource', 'IpSource', 'ipSource', 'string']
        ]
    },
    lists: {
        BlockDeviceMappingList: ['BlockDeviceMapping', 'item'],
        BlockDeviceMappingRequestList: ['BlockDeviceMapping', 'BlockDeviceMapping'],
        CreateVolumePermissionList: ['CreateVolumePermission', 'item'],
        DeleteSnapshotResultSet: ['DeleteSnapshotReturnCode', 'item'],
        ElasticGpuAssociationList: ['ElasticGpuAssociation', 'item'],
        ElasticGpuSpecifications: ['ElasticGpuSpecification', 'item'],
        ElasticInferenceAcceleratorAssociationList: ['ElasticInferenceAcceleratorAssociation', 'item'],
        ElasticInferenceAccelerators: ['ElasticInferenceAccelerator', 'item'],
        ExecutableByStringList: ['string', 'ExecutableBy'],
        FilterList: ['Filter', 'Filter'],
        GroupIdStringList: ['string', 'groupId'],
        GroupIdentifierList: ['GroupIdentifier', 'item'],
        GroupNameStringList: ['string', 'GroupName'],
        ImageIdStringList: ['string', 'ImageId'],
        ImageList: ['Image', 'item'],
        ImageWatermarkList: ['ImageWatermark', 'item'],
        InstanceBlockDeviceMappingList: ['InstanceBlockDeviceMapping', 'item'],
        InstanceBlockDeviceMappingSpecificationList: [
            'InstanceBlockDeviceMappingSpecification',
            'item'
        ],
        InstanceIdStringList: ['string', 'InstanceId'],
        InstanceIpv4PrefixList: ['InstanceIpv4Prefix', 'item'],
        InstanceIpv6AddressList: ['InstanceIpv6Address', 'item'],
        InstanceIpv6PrefixList: ['InstanceIpv6Prefix', 'item'],
        InstanceList: ['Instance', 'item'],
        InstanceNetworkInterfaceList: ['InstanceNetworkInterface', 'item'],
        InstanceNetworkInterfaceSpecificationList: ['InstanceNetworkInterfaceSpecification', 'item'],
        InstancePrivateIpAddressList: ['InstancePrivateIpAddress', 'item'],
        InstanceSecondaryInterfaceList: ['InstanceSecondaryInterface', 'item'],
        InstanceSecondaryInterfacePrivateIpAddressList: [
            'InstanceSecondaryInterfacePrivateIpAddress',
            'item'
        ],
        InstanceSecondaryInterfacePrivateIpAddressListRequest: [
            'InstanceSecondaryInterfacePrivateIpAddressRequest',
            'item'
        ],
        InstanceSecondaryInterfaceSpecificationListRequest: [
            'InstanceSecondaryInterfaceSpecificationRequest',
            'item'
        ],
        InstanceStateChangeList: ['InstanceStateChange', 'item'],
        IpPermissionList: ['IpPermission', 'item'],
        IpRangeList: ['IpRange', 'item'],
        Ipv4PrefixList: ['Ipv4PrefixSpecificationRequest', 'item'],
        Ipv6PrefixList: ['Ipv6PrefixSpecificationRequest', 'item'],
        Ipv6RangeList: ['Ipv6Range', 'item'],
        KeyNameStringList: ['string', 'KeyName'],
        KeyPairIdStringList: ['string', 'KeyPairId'],
        KeyPairList: ['KeyPairInfo', 'item'],
        LaunchPermissionList: ['LaunchPermission', 'item'],
        LicenseList: ['LicenseConfiguration', 'item'],
        LicenseSpecificationListRequest: ['LicenseConfigurationRequest', 'item'],
        MetricCategoryIdList: ['string', 'item'],
        OrganizationArnStringList: ['string', 'OrganizationArn'],
        OrganizationalUnitArnStringList: ['string', 'OrganizationalUnitArn'],
        OwnerStringList: ['string', 'Owner'],
        PrefixListIdList: ['PrefixListId', 'item'],
        PrivateIpAddressSpecificationList: ['PrivateIpAddressSpecification', 'item'],
        ProductCodeList: ['ProductCode', 'item'],
        ProductCodeStringList: ['string', 'ProductCode'],
        RegionGeographyList: ['RegionGeography', 'item'],
        RegionList: ['Region', 'item'],
        RegionNameStringList: ['string', 'RegionName'],
        ReservationList: ['Reservation', 'item'],
        Resources: ['string', 'member'],
        RestorableByUserIds: ['string', 'member'],
        SecurityGroupIdStringList: ['string', 'SecurityGroupId'],
        SecurityGroupList: ['SecurityGroup', 'item'],
        SecurityGroupRuleList: ['SecurityGroupRule', 'item'],
        SecurityGroupStringList: ['string', 'SecurityGroup'],
        SnapshotIdStringList: ['string', 'SnapshotId'],
        SnapshotList: ['Snapshot', 'item'],
        SubnetIdStringList: ['string', 'SubnetId'],
        SubnetIpv6CidrBlockAssociationSet: ['SubnetIpv6CidrBlockAssociation', 'item'],
        SubnetList: ['Subnet', 'item'],
        SupportedInstanceTypeSet: ['InstanceTypeItem', 'item'],
        TagList: ['Tag', 'item'],
        TagSpecificationList: ['TagSpecification', 'item'],
        UnsupportedInstanceTypeSet: ['InstanceTypeItem', 'item'],
        UserGroupStringList: ['string', 'UserGroup'],
        UserIdGroupPairList: ['UserIdGroupPair', 'item'],
        UserIdStringList: ['string', 'UserId'],
        ValueStringList: ['string', 'item'],
        VpcCidrBlockAssociationSet: ['VpcCidrBlockAssociation', 'item'],
        VpcIdStringList: ['string', 'VpcId'],
        VpcIpv6CidrBlockAssociationSet: ['VpcIpv6CidrBlockAssociation', 'item'],
        VpcList: ['Vpc', 'item']
    }
};

;// CONCATENATED MODULE: ./src/clients/credentials.ts
/** The SDK's own margin: credentials this close to expiring count as expired. */
const REFRESH_BEFORE_MS = 5 * 60_000;
function credentialSource(given, env = process.env, loadChain = loadDefaultChain) {
    const fixed = given ?? fromEnv(env);
    if (fixed)
        return async () => fixed;
    let chain;
    let current;
    let expiresAt = Infinity;
    return region => {
        if (current && Date.now() < expiresAt - REFRESH_BEFORE_MS)
            return current;
        chain ??= loadChain();
        current = chain
            .then(provider => provider(region))
            .then(credentials => {
            expiresAt = credentials.expiration?.getTime() ?? Infinity;
            return credentials;
        });
        // A failure is not remembered: the next request asks the chain again.
        current.catch(() => (current = undefined));
        return current;
    };
}
function fromEnv(env) {
    const accessKeyId = env.AWS_ACCESS_KEY_ID;
    const secretAccessKey = env.AWS_SECRET_ACCESS_KEY;
    if (env.AWS_PROFILE || !accessKeyId || !secretAccessKey)
        return undefined;
    const expiration = env.AWS_CREDENTIAL_EXPIRATION;
    return {
        accessKeyId,
        secretAccessKey,
        ...(env.AWS_SESSION_TOKEN ? { sessionToken: env.AWS_SESSION_TOKEN } : {}),
        ...(expiration ? { expiration: new Date(expiration) } : {})
    };
}
async function loadDefaultChain() {
    const { defaultProvider } = await __webpack_require__.e(/* import() */ 861).then(__webpack_require__.t.bind(__webpack_require__, 5861, 19));
    const provider = defaultProvider();
    return async (region) => {
        // The region is for the chain's own STS calls (a web identity token file, SSO).
        const found = await provider({ callerClientConfig: { region: async () => region } });
        return {
            accessKeyId: found.accessKeyId,
            secretAccessKey: found.secretAccessKey,
            ...(found.sessionToken ? { sessionToken: found.sessionToken } : {}),
            ...(found.expiration ? { expiration: found.expiration } : {})
        };
    };
}

;// CONCATENATED MODULE: ./src/clients/endpoints.ts
/**
 * Where EC2 and STS answer for a region. As the SDK: AWS_ENDPOINT_URL_EC2 / AWS_ENDPOINT_URL_STS,
 * then AWS_ENDPOINT_URL (what the emulator sets), unless AWS_IGNORE_CONFIGURED_ENDPOINT_URLS;
 * otherwise the partition's endpoint, with AWS_USE_FIPS_ENDPOINT and AWS_USE_DUALSTACK_ENDPOINT.
 * Not read: endpoint settings in the shared config file (~/.aws/config).
 */
/** The partitions of the SDK's partitions.json: region pattern, DNS suffix, dual-stack suffix. */
const PARTITIONS = [
    [/^cn-\w+-\d+$/, 'aws-cn', 'amazonaws.com.cn', 'api.amazonwebservices.com.cn'],
    [/^us-gov-\w+-\d+$/, 'aws-us-gov', 'amazonaws.com', 'api.aws'],
    [/^us-iso-\w+-\d+$/, 'aws-iso', 'c2s.ic.gov', 'api.aws.ic.gov'],
    [/^us-isob-\w+-\d+$/, 'aws-iso-b', 'sc2s.sgov.gov', 'api.aws.scloud'],
    [/^us-isof-\w+-\d+$/, 'aws-iso-f', 'csp.hci.ic.gov', 'api.aws.hci.ic.gov'],
    [/^eu-isoe-\w+-\d+$/, 'aws-iso-e', 'cloud.adc-e.uk', 'api.cloud-aws.adc-e.uk'],
    [/^eusc-de-\w+-\d+$/, 'aws-eusc', 'amazonaws.eu', 'api.amazonwebservices.eu']
];
const AWS = [/^/, 'aws', 'amazonaws.com', 'api.aws'];
function endpointFor(service, region, env = process.env) {
    const configured = env.AWS_IGNORE_CONFIGURED_ENDPOINT_URLS === 'true'
        ? undefined
        : (env[`AWS_ENDPOINT_URL_${service.toUpperCase()}`] ?? env.AWS_ENDPOINT_URL);
    if (configured)
        return new URL(configured);
    // The region becomes part of a host name: it must be one.
    if (!/^[a-z0-9][a-z0-9-]*$/.test(region))
        throw new Error(`invalid AWS region "${region}"`);
    const [, partition, dns, dualStackDns] = PARTITIONS.find(([p]) => p.test(region)) ?? AWS;
    const fips = flag(env, 'AWS_USE_FIPS_ENDPOINT');
    const dualStack = flag(env, 'AWS_USE_DUALSTACK_ENDPOINT');
    // GovCloud's endpoints are FIPS endpoints already, under their usual names.
    if (fips && !dualStack && partition === 'aws-us-gov')
        return new URL(`https://${service}.${region}.amazonaws.com`);
    const host = `${service}${fips ? '-fips' : ''}.${region}.${dualStack ? dualStackDns : dns}`;
    return new URL(`https://${host}`);
}
function flag(env, name) {
    const value = env[name]?.toLowerCase();
    if (value === undefined || value === '' || value === 'false')
        return false;
    if (value === 'true')
        return true;
    throw new Error(`${name} must be true or false, not "${env[name]}"`);
}

// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(7067);
// EXTERNAL MODULE: external "node:https"
var external_node_https_ = __webpack_require__(4708);
;// CONCATENATED MODULE: ./src/clients/sigv4.ts
/**
 * AWS Signature Version 4 for a POST with a form body, on node:crypto. Written here rather than
 * taken from @smithy/signature-v4 because that package loads ~250 KB of @smithy/core (35–60 ms
 * at start-up, measured) for four HMACs; a test checks this signer against it.
 */


const sha256 = (data) => (0,external_node_crypto_.createHash)('sha256').update(data).digest('hex');
const hmac = (key, data) => (0,external_node_crypto_.createHmac)('sha256', key).update(data).digest();
/** `20240101T000000Z` */
function amzDate(time) {
    return time.toISOString().replace(/[-:]|\.\d{3}/g, '');
}
/** Adds x-amz-date, x-amz-security-token (temporary credentials) and authorization. */
function sign(request, credentials, region, service, now = new Date()) {
    const datetime = amzDate(now);
    const date = datetime.slice(0, 8);
    request.headers['x-amz-date'] = datetime;
    if (credentials.sessionToken)
        request.headers['x-amz-security-token'] = credentials.sessionToken;
    const names = Object.keys(request.headers)
        .map(name => name.toLowerCase())
        .sort();
    const signedHeaders = names.join(';');
    const canonicalHeaders = names
        .map(name => `${name}:${request.headers[name].trim().replace(/\s+/g, ' ')}\n`)
        .join('');
    const canonicalRequest = [
        request.method,
        canonicalPath(request.url.pathname),
        canonicalQuery(request.url.searchParams),
        canonicalHeaders,
        signedHeaders,
        sha256(request.body)
    ].join('\n');
    const scope = `${date}/${region}/${service}/aws4_request`;
    const stringToSign = ['AWS4-HMAC-SHA256', datetime, scope, sha256(canonicalRequest)].join('\n');
    const key = hmac(hmac(hmac(hmac(`AWS4${credentials.secretAccessKey}`, date), region), service), 'aws4_request');
    const signature = (0,external_node_crypto_.createHmac)('sha256', key).update(stringToSign).digest('hex');
    request.headers.authorization =
        `AWS4-HMAC-SHA256 Credential=${credentials.accessKeyId}/${scope}, ` +
            `SignedHeaders=${signedHeaders}, Signature=${signature}`;
}
/** Every service but S3 encodes the (already encoded) path once more, after removing empty, `.`
 * and `..` segments. */
function canonicalPath(path) {
    const segments = [];
    for (const segment of path.split('/')) {
        if (segment === '' || segment === '.')
            continue;
        if (segment === '..')
            segments.pop();
        else
            segments.push(uriEncode(segment));
    }
    const trailing = segments.length > 0 && path.endsWith('/') ? '/' : '';
    return `/${segments.join('/')}${trailing}`;
}
function canonicalQuery(params) {
    return [...params]
        .map(([key, value]) => [uriEncode(key), uriEncode(value)])
        .sort(([a, av], [b, bv]) => (a < b ? -1 : a > b ? 1 : av < bv ? -1 : av > bv ? 1 : 0))
        .map(([key, value]) => `${key}=${value}`)
        .join('&');
}

;// CONCATENATED MODULE: ./src/clients/http.ts
/**
 * The transport for EC2 and STS: a form POST over node:http(s) with keep-alive, signed with SigV4
 * when there are credentials. An abort ends the request at once; so does a connection that does
 * not open within CONNECT_TIMEOUT_MS or goes quiet for IDLE_TIMEOUT_MS. (Not global fetch: undici
 * costs start-up time that node:http does not.)
 *
 * A machine whose clock is off by minutes (a self-hosted runner without NTP) would have every
 * signature refused as expired. As the SDK does, the transport learns AWS's time from the Date of
 * its answers once the two differ by CLOCK_SKEW_MS or more, signs with it from then on, and sends a
 * refused request once more, signed with the corrected time.
 *
 * Behind a proxy, HTTPS_PROXY / HTTP_PROXY / NO_PROXY (or their lower-case forms) apply as they do
 * for Packer and the AWS CLI: Node 24's agents read them (its built-in proxy support).
 */



const CONNECT_TIMEOUT_MS = 10_000;
const IDLE_TIMEOUT_MS = 30_000;
/** How far AWS's clock may be from ours before signatures use AWS's (the SDK's threshold). */
const CLOCK_SKEW_MS = 5 * 60_000;
const USER_AGENT = `ami-build (node/${process.versions.node}; ${process.platform})`;
/** What an aborted request rejects with (as the SDK's, an AbortError). */
function abortError(signal) {
    return Object.assign(new Error('Request aborted', { cause: signal.reason }), {
        name: 'AbortError'
    });
}
function isLoopback(hostname) {
    return hostname === 'localhost' || hostname === '[::1]' || /^127\.\d+\.\d+\.\d+$/.test(hostname);
}
function timeoutError(message) {
    return Object.assign(new Error(message), { name: 'TimeoutError' });
}
class AwsHttp {
    http;
    https;
    /** For loopback endpoints, which never go through a proxy (as in Go's ProxyFromEnvironment). */
    direct = new external_node_http_.Agent({ keepAlive: true, maxSockets: 50 });
    connectTimeoutMs;
    idleTimeoutMs;
    now;
    /** AWS's time minus ours, once they are CLOCK_SKEW_MS or more apart; else 0. */
    clockOffsetMs = 0;
    constructor(options = {}) {
        this.connectTimeoutMs = options.connectTimeoutMs ?? CONNECT_TIMEOUT_MS;
        this.idleTimeoutMs = options.idleTimeoutMs ?? IDLE_TIMEOUT_MS;
        this.now = options.now ?? Date.now;
        const agentOptions = { keepAlive: true, maxSockets: 50, proxyEnv: options.env ?? process.env };
        this.http = new external_node_http_.Agent(agentOptions);
        this.https = new external_node_https_.Agent(agentOptions);
    }
    async post(call) {
        const answer = await this.attempt(call);
        if (this.learnClock(answer) && answer.status >= 400 && call.credentials) {
            return this.attempt(call);
        }
        return answer;
    }
    /** Adopts the answer's Date when it is CLOCK_SKEW_MS or more from the time we sign with; says
     * whether it did. */
    learnClock(answer) {
        const serverMs = Date.parse(answer.headers.date ?? '');
        if (!Number.isFinite(serverMs))
            return false;
        const offset = serverMs - this.now();
        if (Math.abs(offset - this.clockOffsetMs) < CLOCK_SKEW_MS)
            return false;
        this.clockOffsetMs = Math.abs(offset) < CLOCK_SKEW_MS ? 0 : offset;
        return true;
    }
    attempt(call) {
        const { endpoint, signal } = call;
        if (signal?.aborted)
            return Promise.reject(abortError(signal));
        const url = new URL(endpoint.pathname.endsWith('/') ? endpoint.href : `${endpoint.href}/`);
        const headers = {
            host: url.host,
            'content-type': 'application/x-www-form-urlencoded; charset=utf-8'
        };
        if (call.credentials) {
            sign({ method: 'POST', url, headers, body: call.body }, call.credentials, call.region, call.service, new Date(this.now() + this.clockOffsetMs));
        }
        headers['content-length'] = String(Buffer.byteLength(call.body));
        headers['user-agent'] = USER_AGENT;
        const secure = url.protocol === 'https:';
        return new Promise((resolve, reject) => {
            let settled = false;
            let connectTimer;
            const finish = (error, answer) => {
                if (settled)
                    return;
                settled = true;
                clearTimeout(connectTimer);
                signal?.removeEventListener('abort', onAbort);
                if (error) {
                    request.destroy();
                    reject(error);
                }
                else
                    resolve(answer);
            };
            const onAbort = () => finish(abortError(signal));
            const request = (secure ? external_node_https_.request : external_node_http_.request)(url, {
                method: 'POST',
                headers,
                agent: secure ? this.https : isLoopback(url.hostname) ? this.direct : this.http
            });
            request.on('socket', socket => {
                if (!socket.connecting)
                    return;
                connectTimer = setTimeout(() => finish(timeoutError(`no connection to ${url.host} within ${this.connectTimeoutMs} ms`)), this.connectTimeoutMs);
                socket.once('connect', () => clearTimeout(connectTimer));
            });
            // Inactivity on the socket, from the request sent to the last byte of the answer.
            request.setTimeout(this.idleTimeoutMs, () => finish(timeoutError(`${url.host} did not answer within ${this.idleTimeoutMs} ms`)));
            request.on('error', error => finish(error));
            request.on('response', response => {
                const chunks = [];
                response.on('data', (chunk) => chunks.push(chunk));
                response.on('error', error => finish(error));
                response.on('close', () => {
                    if (!response.complete)
                        finish(Object.assign(new Error('connection closed mid-answer'), { code: 'ECONNRESET' }));
                });
                response.on('end', () => finish(undefined, {
                    status: response.statusCode ?? 0,
                    headers: response.headers,
                    body: Buffer.concat(chunks).toString('utf8')
                }));
            });
            signal?.addEventListener('abort', onAbort, { once: true });
            request.end(call.body);
        });
    }
    /** Closes the kept-alive connections. */
    destroy() {
        this.http.destroy();
        this.https.destroy();
        this.direct.destroy();
    }
}

;// CONCATENATED MODULE: ./src/clients/ec2.ts







async function createEc2Clients(credentials, options = {}) {
    const env = options.env ?? process.env;
    const http = new AwsHttp(options);
    const credentialsFor = credentialSource(credentials, env);
    const clients = new Map();
    return {
        sdk: ec2_commands_namespaceObject,
        client(region) {
            let client = clients.get(region);
            if (!client) {
                client = regionalClient(http, region, endpointFor('ec2', region, env), credentialsFor);
                clients.set(region, client);
            }
            return client;
        },
        destroy() {
            http.destroy();
            clients.clear();
        }
    };
}
/** One attempt per send: the engine owns the retry policy (engine/retry.ts). */
function regionalClient(http, region, endpoint, credentialsFor) {
    return {
        async send(command, options = {}) {
            const signal = options.abortSignal;
            const body = serializeQuery(EC2_SCHEMAS, command.action, command.input);
            const credentials = await credentialsFor(region);
            if (signal?.aborted)
                throw abortError(signal);
            const answer = await http.post({
                service: 'ec2',
                region,
                endpoint,
                body,
                credentials,
                signal
            });
            const root = answerXml('ec2', answer);
            const output = deserializeQuery(EC2_SCHEMAS, command.action, root);
            const requestId = requestIdOf(answer.headers, root);
            return {
                ...output,
                $metadata: { httpStatusCode: answer.status, ...(requestId ? { requestId } : {}) }
            };
        }
    };
}


/***/ }),

/***/ 6543:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   c: () => (/* binding */ regionalEc2)
/* harmony export */ });
/* harmony import */ var _retry_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3344);

function regionalEc2(clients, region, clock) {
    const client = clients.client(region);
    return {
        region,
        sdk: clients.sdk,
        send(command, options) {
            return (0,_retry_js__WEBPACK_IMPORTED_MODULE_0__/* .withRetry */ .bD)(() => client.send(command, { abortSignal: options.signal }), {
                clock,
                signal: options.signal,
                retryCodes: options.retry,
                patienceMs: options.patienceMs
            });
        }
    };
}


/***/ }),

/***/ 3124:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ formatDuration),
/* harmony export */   m: () => (/* binding */ systemClock)
/* harmony export */ });
/** Real time. Tests inject their own Clock instead. */
const systemClock = {
    now: () => Date.now(),
    sleep: (ms, signal) => new Promise((resolve, reject) => {
        if (signal?.aborted)
            return reject(signal.reason);
        const onAbort = () => {
            clearTimeout(timer);
            reject(signal?.reason);
        };
        const timer = setTimeout(() => {
            signal?.removeEventListener('abort', onAbort);
            resolve();
        }, ms);
        signal?.addEventListener('abort', onAbort, { once: true });
    })
};
/** "0.4 s", "12 s", "3m05s": durations as the logs print them. */
function formatDuration(ms) {
    if (ms < 10_000)
        return `${(ms / 1000).toFixed(1)} s`;
    if (ms < 60_000)
        return `${Math.round(ms / 1000)} s`;
    const minutes = Math.floor(ms / 60_000);
    const seconds = Math.round((ms % 60_000) / 1000);
    return `${minutes}m${String(seconds).padStart(2, '0')}s`;
}


/***/ }),

/***/ 1890:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cj: () => (/* binding */ deleteSnapshot),
/* harmony export */   Qt: () => (/* binding */ snapshotIdsOf),
/* harmony export */   aH: () => (/* binding */ removeImage)
/* harmony export */ });
/* unused harmony export describeImage */
/* harmony import */ var _retry_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3344);

async function describeImage(ec2, imageId, signal) {
    try {
        const out = await ec2.send(new ec2.sdk.DescribeImagesCommand({ ImageIds: [imageId] }), {
            signal
        });
        return out.Images?.[0];
    }
    catch (error) {
        if ((0,_retry_js__WEBPACK_IMPORTED_MODULE_0__/* .errorCode */ .CA)(error) === 'InvalidAMIID.NotFound' ||
            (0,_retry_js__WEBPACK_IMPORTED_MODULE_0__/* .errorCode */ .CA)(error) === 'InvalidAMIID.Unavailable') {
            return undefined;
        }
        throw error;
    }
}
function snapshotIdsOf(image) {
    return (image?.BlockDeviceMappings ?? []).flatMap(m => m.Ebs?.SnapshotId ? [m.Ebs.SnapshotId] : []);
}
/** Deregister an image and delete its snapshots. Returns the snapshots deleted; an image that is
 * already gone is not an error. `knownSnapshots` covers an image too young to list its own. */
async function removeImage(ec2, imageId, signal, options = { deleteSnapshots: true }) {
    const image = await describeImage(ec2, imageId, signal);
    const snapshots = [...new Set([...snapshotIdsOf(image), ...(options.knownSnapshots ?? [])])];
    if (image) {
        try {
            await ec2.send(new ec2.sdk.DeregisterImageCommand({ ImageId: imageId }), { signal });
        }
        catch (error) {
            if ((0,_retry_js__WEBPACK_IMPORTED_MODULE_0__/* .errorCode */ .CA)(error) !== 'InvalidAMIID.NotFound' &&
                (0,_retry_js__WEBPACK_IMPORTED_MODULE_0__/* .errorCode */ .CA)(error) !== 'InvalidAMIID.Unavailable') {
                throw error;
            }
        }
    }
    if (!options.deleteSnapshots)
        return { snapshots: [] };
    for (const snapshotId of snapshots) {
        await deleteSnapshot(ec2, snapshotId, signal);
    }
    return { snapshots };
}
async function deleteSnapshot(ec2, snapshotId, signal) {
    try {
        // The deregistration takes a moment to release the snapshot.
        await ec2.send(new ec2.sdk.DeleteSnapshotCommand({ SnapshotId: snapshotId }), {
            signal,
            retry: ['InvalidSnapshot.InUse'],
            patienceMs: 60_000
        });
    }
    catch (error) {
        if ((0,_retry_js__WEBPACK_IMPORTED_MODULE_0__/* .errorCode */ .CA)(error) !== 'InvalidSnapshot.NotFound')
            throw error;
    }
}


/***/ }),

/***/ 3344:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CA: () => (/* binding */ errorCode),
/* harmony export */   bD: () => (/* binding */ withRetry),
/* harmony export */   gJ: () => (/* binding */ errorMessage),
/* harmony export */   vu: () => (/* binding */ isRefusal)
/* harmony export */ });
/* unused harmony exports THROTTLE_BASE_MS, THROTTLE_CAP_MS, isTransient, backoffDelay */
const THROTTLING = new Set([
    'RequestLimitExceeded',
    'Throttling',
    'ThrottlingException',
    'TooManyRequestsException',
    'RequestThrottled',
    'RequestThrottledException',
    'SlowDown',
    'ServiceUnavailable',
    'Unavailable',
    'InternalError',
    'InternalFailure',
    'RequestTimeout',
    'RequestTimeoutException',
    'TimeoutError'
]);
const NETWORK = new Set(['ECONNRESET', 'ECONNREFUSED', 'EPIPE', 'ETIMEDOUT', 'EAI_AGAIN']);
const THROTTLE_BASE_MS = 250;
const THROTTLE_CAP_MS = 20_000;
/** The AWS error code of an error EC2 answered with (its `name`, as the SDK's errors have it), or
 * undefined for anything else. */
function errorCode(error) {
    if (typeof error !== 'object' || error === null)
        return undefined;
    const e = error;
    if (typeof e.Code === 'string')
        return e.Code;
    if (typeof e.code === 'string')
        return e.code;
    if (typeof e.name === 'string' && e.name !== 'Error')
        return e.name;
    return undefined;
}
function errorMessage(error) {
    return error instanceof Error ? error.message : String(error);
}
/** Throttling, a 5xx, or a dropped connection: worth another try after a pause. */
function isTransient(error) {
    const code = errorCode(error);
    if (code && (THROTTLING.has(code) || NETWORK.has(code)))
        return true;
    // A named error is what it says (InsufficientInstanceCapacity comes with a 500 and is final);
    // the status decides only for an answer without a usable code.
    if (code && code !== 'Unknown' && !code.endsWith('ServerError'))
        return false;
    const status = error?.$metadata?.httpStatusCode;
    return typeof status === 'number' && (status === 429 || status >= 500);
}
/**
 * EC2 answered, and the answer is a final no (a capacity or validation error): the request was
 * turned down and did nothing. Anything else — an abort, a timeout, a dropped connection, a 5xx —
 * leaves open whether it took effect.
 */
function isRefusal(error) {
    const status = error?.$metadata?.httpStatusCode;
    return typeof status === 'number' && errorCode(error) !== undefined && !isTransient(error);
}
/** Full jitter (AWS Architecture Blog, "Exponential Backoff and Jitter"): spreads concurrent
 * builds' retries instead of having them collide again. */
function backoffDelay(attempt, random = Math.random) {
    const ceiling = Math.min(THROTTLE_CAP_MS, THROTTLE_BASE_MS * 2 ** attempt);
    return Math.max(50, Math.floor(random() * ceiling));
}
async function withRetry(fn, options) {
    const { clock, signal } = options;
    const random = options.random ?? Math.random;
    const patienceMs = options.patienceMs ?? 120_000;
    const maxThrottleRetries = options.maxThrottleRetries ?? 10;
    const started = clock.now();
    let throttled = 0;
    let waited = 0;
    for (;;) {
        signal.throwIfAborted();
        try {
            return await fn();
        }
        catch (error) {
            if (signal.aborted)
                throw signal.reason;
            const code = errorCode(error);
            if (isTransient(error) && throttled < maxThrottleRetries) {
                await clock.sleep(backoffDelay(throttled++, random), signal);
                continue;
            }
            if (code && options.retryCodes?.includes(code) && clock.now() - started < patienceMs) {
                // Eventual consistency settles in about a second; start there and stay frugal.
                await clock.sleep(Math.min(5000, 500 * 2 ** Math.min(waited++, 4)), signal);
                continue;
            }
            throw error;
        }
    }
}


/***/ }),

/***/ 1599:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D$: () => (/* binding */ RUN_ID_TAG),
/* harmony export */   He: () => (/* binding */ runTags),
/* harmony export */   cJ: () => (/* binding */ BUILD_TAG),
/* harmony export */   eV: () => (/* binding */ KEPT_TAG),
/* harmony export */   kh: () => (/* binding */ ec2Tags),
/* harmony export */   zS: () => (/* binding */ BuildError)
/* harmony export */ });
/** Tag keys the engine owns. */
const RUN_ID_TAG = 'ami-build:run-id';
const BUILD_TAG = 'ami-build:build';
/** Marks what `on-error: abort` kept on purpose, so the post step's sweep leaves it alone. */
const KEPT_TAG = 'ami-build:kept';
/** A mistake in the template or account the user can fix: printed as a message, no stack. */
class BuildError extends Error {
}
/** `Name=value` tags as EC2 wants them. */
function ec2Tags(tags) {
    return Object.entries(tags).map(([Key, Value]) => ({ Key, Value }));
}
/** The tags every temporary resource carries, so the post step can find it by run. */
function runTags(ctx) {
    return { [RUN_ID_TAG]: ctx.runId, [BUILD_TAG]: ctx.source.name };
}


/***/ }),

/***/ 641:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Do: () => (/* binding */ WaitTimeoutError),
/* harmony export */   dS: () => (/* binding */ EXPECTED),
/* harmony export */   fm: () => (/* binding */ waitFor),
/* harmony export */   oG: () => (/* binding */ Pace),
/* harmony export */   vv: () => (/* binding */ WaitFailedError)
/* harmony export */ });
/* unused harmony exports DEFAULT_POLICY, predictEnd, estimatedPercent, nextPollDelay */
/* harmony import */ var _clock_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3124);

/** Reference durations (PRODUCT.md "Testing against something real"). */
const EXPECTED = {
    running: { minMs: 15_000, maxMs: 20_000 },
    stopped: { minMs: 30_000, maxMs: 60_000 },
    imageAvailable: { minMs: 120_000, maxMs: 360_000 },
    copyAvailable: { minMs: 300_000, maxMs: 900_000 },
    terminated: { minMs: 30_000, maxMs: 60_000 }
};
const DEFAULT_POLICY = {
    firstMs: 300,
    tightMs: 1000,
    capMs: 60_000,
    factor: 3
};
/**
 * How this environment's pace compares with AWS's, learned from the first transition a build
 * watches (the instance starting). Once the pace is known to be AWS's, waits sleep through the
 * stretch where the resource cannot be ready and poll only in its window. Anything much faster
 * (the emulator, a test) has its windows scaled down by the measured ratio and is still probed
 * soon, since one transition says little about the proportions of the others.
 */
class Pace {
    awsLike;
    factor = 1;
    /** A transition expected to take `expected` took between `atLeastMs` and `atMostMs`. */
    observe(expected, atLeastMs, atMostMs) {
        if (this.awsLike !== undefined)
            return;
        // AWS itself varies; only a transition far quicker than its usual minimum says "not AWS".
        this.awsLike = atLeastMs >= expected.minMs / 2;
        if (this.awsLike)
            return;
        const typical = (expected.minMs + expected.maxMs) / 2;
        this.factor = Math.min(1, Math.max(0.001, (atLeastMs + atMostMs) / 2 / typical));
    }
    /** True once the windows of EXPECTED are known to hold here. */
    get known() {
        return this.awsLike === true;
    }
    /** The window to expect here: never stretched, only shrunk for a faster environment. */
    scale(expected) {
        return { minMs: expected.minMs * this.factor, maxMs: expected.maxMs * this.factor };
    }
}
/** When a resource reporting progress will be done, from the rate between two readings. */
function predictEnd(first, last) {
    // At 99–100 % the resource is finishing (AWS holds snapshots at 99 % a while): poll tightly.
    if (last.percent >= 99)
        return last.elapsedMs;
    if (last.elapsedMs <= first.elapsedMs || last.percent <= first.percent)
        return undefined;
    const rate = (last.percent - first.percent) / (last.elapsedMs - first.elapsedMs);
    return last.elapsedMs + (100 - last.percent) / rate;
}
/** Progress now, extrapolated from the readings so far: a line between two polls shows where
 * the resource is, not where it was at the last poll. */
function estimatedPercent(first, last, elapsedMs) {
    if (!first || !last)
        return undefined;
    const end = predictEnd(first, last);
    if (end === undefined || end <= last.elapsedMs)
        return last.percent;
    const rate = (100 - last.percent) / (end - last.elapsedMs);
    return Math.min(99, last.percent + rate * (elapsedMs - last.elapsedMs));
}
/** The poll interval inside the expected window (mean lag is half of it): 2 s across a stop's
 * 30–60 s, 1 s across a boot's 15–20 s. Wide windows (images) are narrowed by their progress. */
function windowInterval(expected, policy) {
    return Math.max(policy.tightMs, (expected.maxMs - expected.minMs) / 15);
}
/** How long to sleep before the next poll. Pure, so the schedule is testable on its own. */
function nextPollDelay(input, policy = DEFAULT_POLICY) {
    const { elapsedMs, previousDelayMs, expected } = input;
    const { firstMs, tightMs, capMs, factor } = policy;
    const clamp = (ms) => Math.max(Math.min(ms, capMs), Math.min(firstMs, tightMs));
    if (input.predictedEndMs !== undefined) {
        // Sleep most of the way (no cap: the rate is measured), then re-measure near the end, where
        // a rate that drifted would show.
        const remaining = input.predictedEndMs - elapsedMs;
        return remaining > tightMs ? remaining - Math.max(tightMs / 2, remaining * 0.1) : tightMs;
    }
    if (input.guessedEndMs !== undefined) {
        // A single reading overestimates the remaining time when progress started late, so only go
        // halfway there and take a second reading.
        const remaining = input.guessedEndMs - elapsedMs;
        if (remaining > 2 * tightMs)
            return clamp(remaining / 2);
    }
    const interval = windowInterval(expected, policy);
    const windowStart = expected.minMs - interval;
    if (previousDelayMs === undefined) {
        if (!input.windowKnown)
            return firstMs;
        // A progress reading a quarter of the way in gives the rate in time to sleep most of the
        // rest; without progress, the first look is where the window opens.
        return input.reportsProgress ? expected.minMs / 4 : windowStart;
    }
    if (elapsedMs < windowStart) {
        const backoff = previousDelayMs * factor;
        // Sleep through to the window rather than overshoot it.
        return clamp(elapsedMs + backoff * 2 > windowStart ? windowStart - elapsedMs : backoff);
    }
    if (elapsedMs <= expected.maxMs)
        return clamp(interval);
    // Later than usual: something is slow, back off again.
    return clamp(Math.max(tightMs, previousDelayMs * 1.5));
}
class WaitTimeoutError extends Error {
}
class WaitFailedError extends Error {
}
async function waitFor(options) {
    const { clock, signal, reporter } = options;
    const progressEvery = options.progressEveryMs ?? 20_000;
    const started = clock.now();
    let lastLine = started;
    let previousDelay;
    let firstReading;
    let lastReading;
    /** When the resource was last seen not ready: the transition took at least this long. */
    let notYetAt = 0;
    const elapsed = () => clock.now() - started;
    const expected = options.pace?.scale(options.expected) ?? options.expected;
    const sleep = async (ms) => {
        // Long sleeps are cut at progress-line boundaries so a long wait is never silent.
        let left = ms;
        while (left > 0) {
            const untilLine = lastLine + progressEvery - clock.now();
            const chunk = Math.min(left, Math.max(untilLine, 1));
            await clock.sleep(chunk, signal);
            left -= chunk;
            if (clock.now() - lastLine >= progressEvery) {
                lastLine = clock.now();
                const estimate = estimatedPercent(firstReading, lastReading, elapsed());
                const percent = estimate === undefined ? '' : `, ${Math.floor(estimate)}%`;
                reporter.info(`Waiting for ${options.what} (${(0,_clock_js__WEBPACK_IMPORTED_MODULE_0__/* .formatDuration */ .a)(elapsed())}${percent})`);
            }
        }
    };
    for (;;) {
        const delay = nextPollDelay({
            elapsedMs: elapsed(),
            previousDelayMs: previousDelay,
            expected,
            predictedEndMs: firstReading && lastReading ? predictEnd(firstReading, lastReading) : undefined,
            guessedEndMs: lastReading && lastReading === firstReading && lastReading.percent > 0
                ? (lastReading.elapsedMs * 100) / lastReading.percent
                : undefined,
            windowKnown: options.pace?.known,
            reportsProgress: options.reportsProgress
        }, options.policy);
        if (elapsed() + delay > options.timeoutMs) {
            await sleep(Math.max(0, options.timeoutMs - elapsed()));
        }
        else {
            await sleep(delay);
        }
        previousDelay = delay;
        const policy = options.policy ?? DEFAULT_POLICY;
        const askedAt = elapsed();
        const observation = await options.check(signal, delay > policy.tightMs);
        if (observation.failure !== undefined)
            throw new WaitFailedError(observation.failure);
        if (observation.done) {
            options.pace?.observe(options.expected, notYetAt, elapsed());
            return observation.value;
        }
        notYetAt = askedAt;
        if (observation.progress !== undefined && observation.progress > 0) {
            const reading = { elapsedMs: elapsed(), percent: observation.progress };
            if (!firstReading)
                firstReading = reading;
            lastReading = reading;
        }
        if (elapsed() >= options.timeoutMs) {
            throw new WaitTimeoutError(`Timed out after ${(0,_clock_js__WEBPACK_IMPORTED_MODULE_0__/* .formatDuration */ .a)(elapsed())} waiting for ${options.what}`);
        }
    }
}


/***/ })

};
