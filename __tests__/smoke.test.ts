import { BUILD_VARIABLES } from '../src/template/model.js'

describe('the template model', () => {
  it('knows the build variables of the amazon-ebs builder', () => {
    expect(BUILD_VARIABLES).toContain('SourceAMI')
  })
})
